# CPack settings for the .deb: `cpack -G DEB` in a build tree packages what the install()
# rules install, under /usr. scripts/package.sh builds the release package with it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME visit-tracker)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Visit Tracker developers")
set(VT_PACKAGE_MAINTAINER "The Visit Tracker developers <maintainers@visittracker.vn>" CACHE STRING
    "Maintainer field of the Debian package")
set(CPACK_PACKAGE_CONTACT "${VT_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${VT_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "records of delegation visits and their follow-up")
set(CPACK_PACKAGE_DESCRIPTION
"Visit Tracker (Theo dõi đoàn công tác) keeps the records of working, inspection
and supervision delegations: the visit, who attended, the host's report figures,
the delegation's findings (achievements, good models, limitations), indicators
against targets, and the recommendations to follow up until done.

Data stays in one SQLite file per user. Search ignores Vietnamese diacritics.
Visits can be imported and exported as JSON, and a command line runs without a
display.")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${VT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # visit-tracker_VERSION_ARCH.deb
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# dpkg-shlibdeps finds the linked libraries (Qt, libc, ...); it cannot see what Qt loads at
# run time: the SQLite driver plugin, and the fonts printed documents name (Liberation Serif
# for Times New Roman, DejaVu for Vietnamese on screen). The xcb and offscreen platform plugins
# are in libqt6gui6 itself on Debian 12, so qt6-qpa-plugins is not needed.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libqt6svg6 carries the SVG icon engine plugin the action icons need; plugins are
# loaded at run time, so dpkg-shlibdeps cannot see this dependency.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, fonts-liberation2, fonts-dejavu-core")

set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# `make package_source` would otherwise pack build trees and the git directory.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/dist/" "/\\\\.cache/")

include(CPack)
