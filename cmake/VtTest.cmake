# What sanitized test runs see (VT_SANITIZE): every report fails the test
# (docs/safety.md); leaks inside system libraries only are suppressed by
# tests/sanitizer/lsan.supp.
set(VT_SANITIZER_ENVIRONMENT
    "ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:check_initialization_order=1"
    "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizer/lsan.supp:print_suppressions=0"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")

# vt_add_test(NAME name SOURCES ... LIBS ...)
# One Qt Test executable per behaviour area; every test runs offscreen with its
# own temporary data location so no test touches the user's files.
function(vt_add_test)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE vt::config Qt6::Test ${ARG_LIBS})
    # Shared test helpers (tests/support/) are included as "support/...".
    target_include_directories(${ARG_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    target_compile_definitions(${ARG_NAME} PRIVATE
        VT_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set_tests_properties(${ARG_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false"
        TIMEOUT 120)
    if(VT_SANITIZE)
        # Programs the tests start (the real binary) inherit these. Slower under ASan.
        set_property(TEST ${ARG_NAME} APPEND PROPERTY ENVIRONMENT ${VT_SANITIZER_ENVIRONMENT})
        set_tests_properties(${ARG_NAME} PROPERTIES TIMEOUT 360)
    endif()
endfunction()
