# Flags every target shares: warnings, Qt's safety defines, sanitizers.
add_library(pos_common_cfg INTERFACE)
target_compile_options(pos_common_cfg INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
                                                -Wcast-align -Woverloaded-virtual -Wconversion -Wsign-conversion)
if(POS_WERROR)
    target_compile_options(pos_common_cfg INTERFACE -Werror)
endif()
target_compile_definitions(pos_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    CAISSE_VERSION="${PROJECT_VERSION}")
if(POS_SANITIZE)
    target_compile_options(pos_common_cfg INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=undefined
                                                    -fno-omit-frame-pointer)
    target_link_options(pos_common_cfg INTERFACE -fsanitize=address,undefined)
endif()
