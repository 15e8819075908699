# Precompiled headers for the test files. Parsing Qt's headers is most of a test file's compile time (measured:
# 14 of 17 s for TestGuiInbox.cpp), so the first test of each folder compiles the headers below once and the other
# tests of the folder reuse them (REUSE_FROM needs the same flags and definitions: one folder has one set, as Qt Test
# defines the folder's source and build paths). GUI folders add the widgets their tests drive.
set(LPDESK_TEST_PCH_HEADERS
    <QDir> <QFile> <QJsonArray> <QJsonDocument> <QJsonObject> <QProcess> <QRegularExpression> <QSqlQuery>
    <QTemporaryDir> <QTest> "${CMAKE_CURRENT_LIST_DIR}/helpers/TestSupport.h")
set(LPDESK_TEST_PCH_GUI_HEADERS
    <QAction> <QApplication> <QCheckBox> <QComboBox> <QLabel> <QLineEdit> <QListWidget> <QMessageBox>
    <QPlainTextEdit> <QPushButton> <QSignalSpy> <QTableWidget> <QTreeWidget>)
function(lpdesk_test_precompiled_headers target)
    get_property(donor DIRECTORY PROPERTY lpdesk_test_pch_donor)
    if(donor)
        target_precompile_headers(${target} REUSE_FROM ${donor})
        return()
    endif()
    set(headers ${LPDESK_TEST_PCH_HEADERS})
    if(lpdesk_ui IN_LIST ARGN)
        list(APPEND headers ${LPDESK_TEST_PCH_GUI_HEADERS})
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
    set_property(DIRECTORY PROPERTY lpdesk_test_pch_donor ${target})
endfunction()

# lpdesk_add_test(NAME name SOURCES ... [LIBS ...] [LABELS ...] [TIMEOUT s] [ENV ...])
# Builds one Qt Test executable and registers it with CTest. Every test gets its own HOME/XDG folders so that
# no test touches the real user's data, and a cheap key-derivation cost (LPDESK_KDF_MS) to stay fast.
function(lpdesk_add_test)
    cmake_parse_arguments(arg "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    add_executable(${arg_NAME} ${arg_SOURCES})
    target_link_libraries(${arg_NAME} PRIVATE lpdesk_test_support Qt6::Test lpdesk_flags ${arg_LIBS})
    # Test code itself needs no -O2 nor full debug info (the code under test keeps both): -O1 -g1 halves the
    # compile time of a test file, most of CI's time on a machine without a compiler cache.
    target_compile_options(${arg_NAME} PRIVATE -O1 -g1)
    lpdesk_test_precompiled_headers(${arg_NAME} ${arg_LIBS})
    set_target_properties(${arg_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tests")
    add_test(NAME ${arg_NAME} COMMAND ${arg_NAME})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 600)
    endif()
    set(home "${CMAKE_BINARY_DIR}/test-home/${arg_NAME}")
    set_tests_properties(${arg_NAME} PROPERTIES
        LABELS "${arg_LABELS}"
        TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "HOME=${home};XDG_DATA_HOME=${home}/data;XDG_CONFIG_HOME=${home}/config;XDG_CACHE_HOME=${home}/cache;TMPDIR=${home}/tmp;LPDESK_KDF_MS=20;QT_QPA_PLATFORM=offscreen;LPDESK_TEST_HOME=${home};${arg_ENV}")
    # One locale for every test: the GUI writes dates and numbers the way the system language does.
    set_property(TEST ${arg_NAME} APPEND PROPERTY ENVIRONMENT "LC_ALL=C.UTF-8")
    file(MAKE_DIRECTORY "${home}/tmp")
    # The sanitizer build compiles only what its pass runs (the `sanitizer_suite` target, tests/CMakeLists.txt):
    # unit tests, fuzzers and the integration tests labelled `sanitize` (they drive the parsers of untrusted input).
    if("unit" IN_LIST arg_LABELS OR "fuzz" IN_LIST arg_LABELS OR "sanitize" IN_LIST arg_LABELS)
        set_property(GLOBAL APPEND PROPERTY lpdesk_sanitizer_targets ${arg_NAME})
    endif()
endfunction()
