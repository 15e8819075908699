# Installation layout and the Debian package (CPack DEB): `./packaging/dev.sh package` writes
# build/lpdesk_<version>-<release>_amd64.deb. Everything installed beside the two programs is generated here from
# one source each: icons from resources/icons/lpdesk.svg, man pages from the programs' own --help (so they cannot
# drift), the AppStream file with the project version.
include(GNUInstallDirs)

set(LPDESK_APP_ID "org.lpdesk.LPDesk")
set(linux_dir "${CMAKE_CURRENT_LIST_DIR}/linux")
set(gen_dir "${PROJECT_BINARY_DIR}/packaging")

find_program(RSVG_CONVERT rsvg-convert REQUIRED)
find_program(HELP2MAN help2man REQUIRED)
find_program(GZIP gzip REQUIRED)

# Icons: hicolor PNGs rendered from the one SVG, and the SVG itself.
set(icon_svg "${PROJECT_SOURCE_DIR}/resources/icons/lpdesk.svg")
set(icon_outputs)
foreach(size 16 22 24 32 48 64 128 256 512)
    set(png "${gen_dir}/icons/${size}x${size}/${LPDESK_APP_ID}.png")
    add_custom_command(OUTPUT "${png}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${gen_dir}/icons/${size}x${size}"
        COMMAND "${RSVG_CONVERT}" -w ${size} -h ${size} "${icon_svg}" -o "${png}"
        DEPENDS "${icon_svg}" VERBATIM)
    list(APPEND icon_outputs "${png}")
    install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()
install(FILES "${icon_svg}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
    RENAME "${LPDESK_APP_ID}.svg")

# Man pages from --help and --version (help2man); the GUI's parser needs no display with the offscreen platform.
set(man_outputs)
foreach(program lpdesk lpdesk-cli)
    if(program STREQUAL "lpdesk")
        set(name "loss-prevention investigation workstation")
    else()
        set(name "LP Desk on the command line: the workstation's core services, headless")
    endif()
    set(man "${gen_dir}/man/${program}.1")
    # The page of the program the package installs (build/shipped/ when the build has the test hooks).
    get_property(installed GLOBAL PROPERTY lpdesk_installed_${program})
    add_custom_command(OUTPUT "${man}.gz"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${gen_dir}/man"
        COMMAND "${CMAKE_COMMAND}" -E env "PATH=$<TARGET_FILE_DIR:${installed}>:$ENV{PATH}" QT_QPA_PLATFORM=offscreen
                LPDESK_ALLOW_DEBUGGER=1 LC_ALL=C.UTF-8 LANGUAGE=en
                "${HELP2MAN}" --no-info --section=1 "--name=${name}" --output=${man} ${program}
        COMMAND "${GZIP}" -9nf "${man}"
        DEPENDS ${installed} VERBATIM)
    list(APPEND man_outputs "${man}.gz")
    install(FILES "${man}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endforeach()

# Debian changelog, compressed without a timestamp (reproducible; lintian checks both).
add_custom_command(OUTPUT "${gen_dir}/changelog.Debian.gz"
    COMMAND "${GZIP}" -9nc "${linux_dir}/changelog" > "${gen_dir}/changelog.Debian.gz"
    DEPENDS "${linux_dir}/changelog" VERBATIM)
configure_file("${linux_dir}/${LPDESK_APP_ID}.metainfo.xml" "${gen_dir}/${LPDESK_APP_ID}.metainfo.xml" @ONLY)

add_custom_target(lpdesk_package_files ALL DEPENDS ${icon_outputs} ${man_outputs} "${gen_dir}/changelog.Debian.gz")

install(FILES "${linux_dir}/${LPDESK_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${gen_dir}/${LPDESK_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${linux_dir}/lpdesk-cli.bash-completion" DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions"
    RENAME lpdesk-cli)
install(FILES "${linux_dir}/copyright" "${gen_dir}/changelog.Debian.gz"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/lpdesk")

# The package.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "lpdesk")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "LP Desk developers")
set(CPACK_PACKAGE_CONTACT "LP Desk developers <maintainers@lpdesk.org>")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "loss-prevention investigation workstation")
# CPack writes the summary as the first line and indents this text (an empty line becomes " .").
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "LP Desk pulls retail incidents and end-to-end encrypted CCTV footage
from stores, or imports what a DVR, a video management system or a phone
exported, into one encrypted case database. Investigators review clips frame
by frame, trim and redact them, attach POS transactions and statements, and
seal chain-of-custody packages that police verify with standard tools, after
legal has reviewed every release.

This package holds the lpdesk workstation and the lpdesk-cli command line.")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://lpdesk.org/")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the platform plugins, fonts for the PDF report, Qt's
# own translations for standard buttons, OpenCV's Haar cascades (assisted redaction: --haar, plates).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-dejavu-core, opencv-data")
# qt6-gtk-platformtheme: on GNOME and other GTK desktops, View → Theme → System follows the desktop's palette
# (light or dark) through it; without it Qt 6.4 draws its own light palette.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-gtk-platformtheme")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}")
# Only the programs and their files: test executables are not installed.
set(CPACK_INSTALL_CMAKE_PROJECTS "${PROJECT_BINARY_DIR};${PROJECT_NAME};ALL;/")
include(CPack)
