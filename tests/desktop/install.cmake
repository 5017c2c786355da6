# `cmake --install` into an empty prefix lays the program out where a Linux
# desktop looks for it. Run by CTest with -DBUILD_DIR= -DPREFIX= -DAPP_ID=.
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}${err}")
endif()
foreach(path
        bin/kientruc
        share/applications/${APP_ID}.desktop
        share/icons/hicolor/scalable/apps/${APP_ID}.svg
        share/mime/packages/${APP_ID}.xml
        share/metainfo/${APP_ID}.metainfo.xml
        share/kientruc/translations/kientruc_vi.qm
        share/kientruc/translations/kientruc_en.qm)
    if(NOT EXISTS ${PREFIX}/${path})
        message(FATAL_ERROR "cmake --install did not put ${path} under ${PREFIX}")
    endif()
endforeach()
if(NOT IS_DIRECTORY ${PREFIX}/bin OR IS_SYMLINK ${PREFIX}/bin/kientruc)
    message(FATAL_ERROR "bin/kientruc is not a program file")
endif()
# The installed program runs (no display needed for the command line).
execute_process(COMMAND ${PREFIX}/bin/kientruc --version RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "${VERSION}")
    message(FATAL_ERROR "the installed kientruc --version says '${out}${err}' (${rc})")
endif()
file(REMOVE_RECURSE ${PREFIX})
