# Fails if any C++ source under core/, ui/, app/ or tests/ differs from clang-format's output.
file(GLOB_RECURSE files "${ROOT}/core/*.cpp" "${ROOT}/core/*.h" "${ROOT}/ui/*.cpp" "${ROOT}/ui/*.h"
     "${ROOT}/app/*.cpp" "${ROOT}/app/*.h" "${ROOT}/tests/*.cpp" "${ROOT}/tests/*.h")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror --style=file ${files}
    WORKING_DIRECTORY "${ROOT}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    string(SUBSTRING "${err}" 0 4000 head)
    message(FATAL_ERROR "Sources are not formatted; run: clang-format -i --style=file <files>\n${head}")
endif()
