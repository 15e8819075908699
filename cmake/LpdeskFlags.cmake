# Warnings and hardening shared by every LP Desk target (see CONVENTIONS.md).
add_library(lpdesk_flags INTERFACE)
target_compile_options(lpdesk_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
    -fstack-protector-strong
    $<$<BOOL:${LPDESK_WERROR}>:-Werror>)
target_compile_definitions(lpdesk_flags INTERFACE
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_link_options(lpdesk_flags INTERFACE -Wl,-z,relro,-z,now -Wl,--as-needed)
if(LPDESK_SANITIZE)
    # -O1 -g1: what sanitizer builds usually use (readable reports with lines), and far quicker to compile than
    # RelWithDebInfo's -O2 -g.
    target_compile_options(lpdesk_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined -O1 -g1)
    target_link_options(lpdesk_flags INTERFACE -fsanitize=address,undefined)
endif()
find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    # The test files use precompiled headers: ccache caches them only with this sloppiness (ccache's manual).
    set(CMAKE_CXX_COMPILER_LAUNCHER /usr/bin/env CCACHE_SLOPPINESS=pch_defines,time_macros "${CCACHE_PROGRAM}"
        CACHE STRING "" FORCE)
    set(CMAKE_C_COMPILER_LAUNCHER "${CCACHE_PROGRAM}" CACHE STRING "" FORCE)
endif()
