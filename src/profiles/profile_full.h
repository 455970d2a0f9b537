// Profile "full" (the default): every feature, test262-complete. The
// options keep the defaults of config.h; this header only names the profile.
#ifndef ENG_PROFILE_FULL_H
#define ENG_PROFILE_FULL_H

#define ENG_PROFILE_NAME "full"

#endif
