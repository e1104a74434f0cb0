# Run at every build (cmake -P): writes OUT, the git commit the sources are at for
# `coachtrack --version` ("-dirty" with uncommitted changes), rewriting it only when it
# changes, so an unchanged tree recompiles nothing. Empty outside a git checkout.
set(commit "")
find_package(Git QUIET)
if(GIT_FOUND)
  execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${SRC}" describe --always --dirty --abbrev=10
                  OUTPUT_VARIABLE commit OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET
                  RESULT_VARIABLE failed)
  if(failed)
    set(commit "")
  endif()
endif()
set(text "#pragma once\n// Generated at build time by cmake/GitVersion.cmake.\n#define COACHTRACK_GIT_COMMIT \"${commit}\"\n")
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
endif()
if(NOT old STREQUAL text)
  file(WRITE "${OUT}" "${text}")
endif()
