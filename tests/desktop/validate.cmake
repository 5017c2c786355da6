# Checks the desktop integration files as a Linux desktop reads them:
# desktop-file-validate, appstreamcli and xmllint (Debian packages
# desktop-file-utils, appstream, libxml2-utils). Run by CTest with
# -DDESKTOP= -DMETAINFO= -DMIME= -DAPPLICATION_ID=.
function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${ARGN} failed (${rc}):\n${out}${err}")
    endif()
    string(STRIP "${out}" out)
    set(output "${out}" PARENT_SCOPE)
endfunction()

run(desktop-file-validate ${DESKTOP})
run(appstreamcli validate --no-net ${METAINFO})
run(xmllint --noout ${METAINFO})
run(xmllint --noout ${MIME})
# The type, its extension, and the magic: SQLite's header, then the
# application_id of .ktm files (big-endian at offset 68).
set(ns "/*[local-name()='mime-info']/*[local-name()='mime-type'][@type='application/x-kientruc-model']")
run(xmllint --xpath "string(${ns}/*[local-name()='glob']/@pattern)" ${MIME})
if(NOT output STREQUAL "*.ktm")
    message(FATAL_ERROR "${MIME}: no glob *.ktm (${output})")
endif()
run(xmllint --xpath "string(${ns}/*[local-name()='magic']/*[local-name()='match']/*[local-name()='match'][@offset='68']/@value)" ${MIME})
if(NOT output STREQUAL "${APPLICATION_ID}")
    message(FATAL_ERROR "${MIME}: the magic at offset 68 is '${output}', not the application_id ${APPLICATION_ID}")
endif()
# The desktop entry names the type and the AppStream id names the entry.
file(READ ${DESKTOP} desktop)
if(NOT desktop MATCHES "MimeType=application/x-kientruc-model;")
    message(FATAL_ERROR "${DESKTOP}: no MimeType application/x-kientruc-model")
endif()
file(READ ${METAINFO} metainfo)
get_filename_component(desktopName ${DESKTOP} NAME)
if(NOT metainfo MATCHES "<launchable type=\"desktop-id\">${desktopName}</launchable>")
    message(FATAL_ERROR "${METAINFO}: the launchable is not ${desktopName}")
endif()
if(NOT metainfo MATCHES "<release version=\"${VERSION}\"")
    message(FATAL_ERROR "${METAINFO}: no release of version ${VERSION}")
endif()
