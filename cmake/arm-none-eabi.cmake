# Toolchain file: bare-metal Cortex-M with the Arm GNU toolchain (newlib).
# Generic: the core and the floating-point ABI are parameters, so a firmware
# project for any Cortex-M part can use it as it is.
#
#   -DENG_ARM_CPU=cortex-m4        any -mcpu value (cortex-m0, cortex-m0plus,
#                                  cortex-m3, cortex-m4, cortex-m7, cortex-m33)
#   -DENG_ARM_FLOAT_ABI=hard       soft (default), softfp or hard
#   -DENG_ARM_FPU=fpv4-sp-d16      the -mfpu value when the ABI is not soft
#
# Nothing here is about a board, QEMU or semihosting: the test firmware adds
# its own linker script, startup code, --specs and emulator
# (tests/firmware/CMakeLists.txt). A firmware linking libengine.a chooses
# its own specs (nano.specs, nosys.specs, ...) and linker script.
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)

set(CMAKE_C_COMPILER arm-none-eabi-gcc)
set(CMAKE_CXX_COMPILER arm-none-eabi-g++)
set(CMAKE_ASM_COMPILER arm-none-eabi-gcc)
set(CMAKE_AR arm-none-eabi-ar)
set(CMAKE_RANLIB arm-none-eabi-ranlib)
set(CMAKE_OBJCOPY arm-none-eabi-objcopy)
set(CMAKE_SIZE arm-none-eabi-size)

set(ENG_ARM_CPU "cortex-m4" CACHE STRING "Cortex-M core (-mcpu)")
set(ENG_ARM_FLOAT_ABI "soft" CACHE STRING "Floating-point ABI (-mfloat-abi): soft, softfp or hard")
set(ENG_ARM_FPU "" CACHE STRING "FPU (-mfpu) when ENG_ARM_FLOAT_ABI is not soft, e.g. fpv4-sp-d16")
# The compiler probes (try_compile) read the toolchain file again: pass them on.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES ENG_ARM_CPU ENG_ARM_FLOAT_ABI ENG_ARM_FPU)

# No linking while CMake probes the compiler: there is no board yet.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

set(ENG_ARM_FLAGS "-mthumb -mcpu=${ENG_ARM_CPU} -mfloat-abi=${ENG_ARM_FLOAT_ABI}")
if(ENG_ARM_FPU AND NOT ENG_ARM_FLOAT_ABI STREQUAL "soft")
  string(APPEND ENG_ARM_FLAGS " -mfpu=${ENG_ARM_FPU}")
endif()
string(APPEND ENG_ARM_FLAGS " -ffunction-sections -fdata-sections")
set(CMAKE_C_FLAGS_INIT "${ENG_ARM_FLAGS}")
# -Wno-psabi: silences notes about an ABI change in GCC 7.1 (std::map etc.).
set(CMAKE_CXX_FLAGS_INIT "${ENG_ARM_FLAGS} -Wno-psabi")
set(CMAKE_ASM_FLAGS_INIT "${ENG_ARM_FLAGS}")
set(CMAKE_EXE_LINKER_FLAGS_INIT "-Wl,--gc-sections")

# Find programs on the host, everything else only in the target's sysroot.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
