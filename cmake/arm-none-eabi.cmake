# Toolchain file: bare-metal Cortex-M4F (Arm GNU toolchain, newlib), for the
# QEMU mps2-an386 test firmware. Use with ENG_PORT=mps2_an386 (the cortex-m4
# preset does both).
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)

set(CMAKE_C_COMPILER arm-none-eabi-gcc)
set(CMAKE_CXX_COMPILER arm-none-eabi-g++)
set(CMAKE_ASM_COMPILER arm-none-eabi-gcc)
set(CMAKE_AR arm-none-eabi-ar)
set(CMAKE_RANLIB arm-none-eabi-ranlib)
set(CMAKE_OBJCOPY arm-none-eabi-objcopy)
set(CMAKE_SIZE arm-none-eabi-size)

# No linking while CMake probes the compiler: there is no board yet.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

set(ENG_ARM_FLAGS "-mthumb -mcpu=cortex-m4 -mfloat-abi=hard -mfpu=fpv4-sp-d16 -ffunction-sections -fdata-sections")
set(CMAKE_C_FLAGS_INIT "${ENG_ARM_FLAGS}")
# -Wno-psabi: silences notes about an ABI change in GCC 7.1 (std::map etc.).
set(CMAKE_CXX_FLAGS_INIT "${ENG_ARM_FLAGS} -Wno-psabi")
set(CMAKE_ASM_FLAGS_INIT "${ENG_ARM_FLAGS}")
# rdimon: full newlib with semihosting I/O (files, argv, exit status).
set(CMAKE_EXE_LINKER_FLAGS_INIT "--specs=rdimon.specs -Wl,--gc-sections")

# add_test() with an executable target runs it through QEMU.
set(CMAKE_CROSSCOMPILING_EMULATOR "${CMAKE_CURRENT_LIST_DIR}/qemu-run.sh")

# Find programs on the host, everything else only in the target's sysroot.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
