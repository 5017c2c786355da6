# CPack builds a Debian package that holds the program and its desktop files.
# Run by CTest with -DCPACK= -DBUILD_DIR= -DOUT= -DAPP_ID= -DVERSION=.
file(REMOVE_RECURSE ${OUT})
execute_process(COMMAND ${CPACK} -G DEB -B ${OUT} WORKING_DIRECTORY ${BUILD_DIR}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack -G DEB failed (${rc}):\n${out}${err}")
endif()
file(GLOB debs ${OUT}/kientruc_${VERSION}_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "no kientruc_${VERSION}_*.deb in ${OUT}:\n${out}")
endif()
execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
foreach(path
        ./usr/bin/kientruc
        ./usr/share/applications/${APP_ID}.desktop
        ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
        ./usr/share/mime/packages/${APP_ID}.xml
        ./usr/share/metainfo/${APP_ID}.metainfo.xml)
    string(FIND "${contents}" "${path}" at)
    if(at LESS 0)
        message(FATAL_ERROR "the package lacks ${path}:\n${contents}")
    endif()
endforeach()
execute_process(COMMAND dpkg-deb -f ${debs} Depends OUTPUT_VARIABLE depends)
if(NOT depends MATCHES "libqt6widgets6")
    message(FATAL_ERROR "the package does not depend on Qt's libraries: ${depends}")
endif()
file(REMOVE_RECURSE ${OUT})
