# vt_releases_from_changelog(CHANGELOG <file> XML <var> NEWEST_VERSION <var> NEWEST_DATE <var>)
# Reads the release headings of CHANGELOG.md ("## [VERSION] - YYYY-MM-DD", newest first, each
# followed by a one-paragraph summary) and returns them as AppStream <release> elements, so that
# the metainfo's releases are never edited by hand. Fails on a heading without a summary.
function(vt_releases_from_changelog)
    cmake_parse_arguments(ARG "" "CHANGELOG;XML;NEWEST_VERSION;NEWEST_DATE" "" ${ARGN})
    file(READ "${ARG_CHANGELOG}" text)
    set(heading "\n## \\[([0-9A-Za-z.+~-]+)\\] - ([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9])\n")
    set(paragraph "\n*([^\n#][^\n]*(\n[^\n#][^\n]*)*)")

    set(xml "")
    set(newest_version "")
    set(newest_date "")
    set(rest "${text}")
    while(TRUE)
        string(REGEX MATCH "${heading}" found "${rest}")
        if(NOT found)
            break()
        endif()
        set(version "${CMAKE_MATCH_1}")
        set(date "${CMAKE_MATCH_2}")
        string(FIND "${rest}" "${found}" at)
        string(LENGTH "${found}" length)
        math(EXPR after "${at} + ${length} - 1")   # keep the newline: the next heading needs it
        string(SUBSTRING "${rest}" ${after} -1 rest)

        string(REGEX MATCH "^${paragraph}" summary_found "${rest}")
        if(NOT summary_found)
            message(FATAL_ERROR "${ARG_CHANGELOG}: release ${version} needs a summary paragraph under its heading")
        endif()
        set(summary "${CMAKE_MATCH_1}")
        string(REPLACE "\n" " " summary "${summary}")
        string(REPLACE "`" "" summary "${summary}")
        string(REPLACE "&" "&amp;" summary "${summary}")
        string(REPLACE "<" "&lt;" summary "${summary}")
        string(REPLACE ">" "&gt;" summary "${summary}")
        string(STRIP "${summary}" summary)

        if(newest_version STREQUAL "")
            set(newest_version "${version}")
            set(newest_date "${date}")
        endif()
        string(APPEND xml
            "    <release version=\"${version}\" date=\"${date}\">\n"
            "      <description>\n"
            "        <p>${summary}</p>\n"
            "      </description>\n"
            "    </release>\n")
    endwhile()

    if(newest_version STREQUAL "")
        message(FATAL_ERROR "${ARG_CHANGELOG}: no release heading \"## [VERSION] - YYYY-MM-DD\"")
    endif()
    set(${ARG_XML} "${xml}" PARENT_SCOPE)
    set(${ARG_NEWEST_VERSION} "${newest_version}" PARENT_SCOPE)
    set(${ARG_NEWEST_DATE} "${newest_date}" PARENT_SCOPE)
endfunction()
