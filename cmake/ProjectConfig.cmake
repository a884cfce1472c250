# One INTERFACE target carries the language standard, warnings and Qt defines
# for every library and executable of the project (linked PRIVATE everywhere).
add_library(vt_config INTERFACE)
add_library(vt::config ALIAS vt_config)

target_compile_features(vt_config INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(vt_config INTERFACE
    -Wall -Wextra -pedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<BOOL:${VT_WERROR}>:-Werror>)

target_compile_definitions(vt_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    VT_VERSION="${PROJECT_VERSION}")

if(VT_SANITIZE)
    target_compile_options(vt_config INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(vt_config INTERFACE -fsanitize=address,undefined)
endif()

# The fuzz build (fuzz/) instruments every library for coverage and checks
# memory and undefined behaviour; libFuzzer's main is linked by the targets.
if(VT_BUILD_FUZZ)
    target_compile_options(vt_config INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(vt_config INTERFACE -fsanitize=address,undefined)
endif()
