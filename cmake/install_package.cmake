# Installs libengine.a and engine.h with a CMake package
#   find_package(engine CONFIG REQUIRED)  ->  engine::engine
# and a pkg-config file (engine.pc), under GNUInstallDirs paths.
include(CMakePackageConfigHelpers)

install(TARGETS engine EXPORT engineTargets
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(FILES "${PROJECT_SOURCE_DIR}/include/engine.h" "${PROJECT_SOURCE_DIR}/include/engine_alloc.h"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")

set(ENG_CMAKE_PACKAGE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/engine")
install(EXPORT engineTargets
  NAMESPACE engine::
  FILE engineTargets.cmake
  DESTINATION "${ENG_CMAKE_PACKAGE_DIR}")

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/engineConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/engineConfig.cmake"
  INSTALL_DESTINATION "${ENG_CMAKE_PACKAGE_DIR}")
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/engineConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES
  "${PROJECT_BINARY_DIR}/engineConfig.cmake"
  "${PROJECT_BINARY_DIR}/engineConfigVersion.cmake"
  DESTINATION "${ENG_CMAKE_PACKAGE_DIR}")

# pkg-config: a C program links with `pkg-config --libs engine`. The library
# is C++ inside but needs no C++ runtime (no exceptions, RTTI or operator new).
file(RELATIVE_PATH ENG_PC_TO_PREFIX "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
configure_file("${PROJECT_SOURCE_DIR}/cmake/engine.pc.in"
  "${PROJECT_BINARY_DIR}/engine.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/engine.pc"
  DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
