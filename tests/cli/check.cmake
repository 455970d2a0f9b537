# Runs one CLI test: cmake -DPROGRAM=... [-DARGS="a b"] [-DINPUT=file]
#   -DEXPECT_EXIT=N [-DSTDOUT_REGEX=re] [-DSTDERR_REGEX=re] -P check.cmake
# Fails unless the exit status is N and stdout/stderr match the regexes
# (CMake regular expressions; an empty regex means "not checked").
if(NOT PROGRAM OR EXPECT_EXIT STREQUAL "")
  message(FATAL_ERROR "check.cmake: PROGRAM and EXPECT_EXIT are required")
endif()

separate_arguments(args UNIX_COMMAND "${ARGS}")
if(NOT INPUT)
  set(INPUT /dev/null) # never read the terminal of whoever runs ctest
endif()

execute_process(COMMAND "${PROGRAM}" ${args}
  INPUT_FILE "${INPUT}"
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err
  RESULT_VARIABLE status)

set(problems "")
if(NOT status STREQUAL EXPECT_EXIT)
  string(APPEND problems "exit status is '${status}', expected ${EXPECT_EXIT}\n")
endif()
if(NOT STDOUT_REGEX STREQUAL "" AND NOT out MATCHES "${STDOUT_REGEX}")
  string(APPEND problems "stdout does not match: ${STDOUT_REGEX}\n")
endif()
if(NOT STDERR_REGEX STREQUAL "" AND NOT err MATCHES "${STDERR_REGEX}")
  string(APPEND problems "stderr does not match: ${STDERR_REGEX}\n")
endif()

if(problems)
  message(FATAL_ERROR "${PROGRAM} ${ARGS}\n${problems}"
    "--- stdout ---\n${out}--- stderr ---\n${err}--------------")
endif()
