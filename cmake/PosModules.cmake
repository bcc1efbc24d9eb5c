# Modules: one folder and one static library each, declared bottom-up. A module links only the modules it names in
# DEPENDS (declared before it, so the graph has no loop) and includes their headers as "<module>/<File>.h" from its
# layer's folder (core/, hardware/ or app/). tools/CheckModuleDependencies.cmake checks the includes against these
# declarations; see ARCHITECTURE.md.

set(POS_NO_WIDGETS_DIR ${CMAKE_CURRENT_LIST_DIR}/no-widgets)

# pos_add_module(NAME <module> DEPENDS <modules…> SOURCES <files…> [PUBLIC_LIBS …] [PRIVATE_LIBS …])
# The layer is the folder above the module's own (core, hardware or app).
function(pos_add_module)
    cmake_parse_arguments(ARG "" "NAME" "DEPENDS;SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    get_filename_component(layer_dir ${CMAKE_CURRENT_SOURCE_DIR} DIRECTORY)
    get_filename_component(layer ${layer_dir} NAME)
    set(dependency_targets)
    foreach(dependency IN LISTS ARG_DEPENDS)
        if(NOT TARGET pos_${dependency})
            message(FATAL_ERROR "Module ${ARG_NAME} depends on ${dependency}, which is not declared before it: declare "
                                "modules from the bottom up (see ARCHITECTURE.md).")
        endif()
        list(APPEND dependency_targets pos_${dependency})
    endforeach()

    add_library(pos_${ARG_NAME} STATIC ${ARG_SOURCES})
    target_include_directories(pos_${ARG_NAME} PUBLIC ${layer_dir})
    target_link_libraries(pos_${ARG_NAME} PUBLIC ${dependency_targets} ${ARG_PUBLIC_LIBS}
                                          PRIVATE ${ARG_PRIVATE_LIBS} pos_common_cfg)
    if(layer STREQUAL "core" OR layer STREQUAL "hardware")
        pos_forbid_widgets(pos_${ARG_NAME})
    endif()

    set(sources)
    foreach(source IN LISTS ARG_SOURCES)
        list(APPEND sources ${CMAKE_CURRENT_SOURCE_DIR}/${source})
    endforeach()
    set_property(GLOBAL APPEND PROPERTY POS_MODULES ${ARG_NAME})
    set_property(GLOBAL PROPERTY POS_MODULE_${ARG_NAME}_DIR ${CMAKE_CURRENT_SOURCE_DIR})
    set_property(GLOBAL PROPERTY POS_MODULE_${ARG_NAME}_DEPENDS ${ARG_DEPENDS})
    set_property(GLOBAL APPEND PROPERTY POS_TRANSLATED_SOURCES ${sources})
endfunction()

# Makes any Qt Widgets header fail to compile in target: every Widgets header includes <QtWidgets/qtwidgetsglobal.h>,
# which this folder, searched first, answers with an #error. The link would only catch a Widgets call, not an include.
function(pos_forbid_widgets target)
    target_include_directories(${target} SYSTEM BEFORE PRIVATE ${POS_NO_WIDGETS_DIR})
endfunction()

# Writes, once every module is declared, the map the dependency check reads: each module's folder and its DEPENDS.
function(pos_write_module_map file)
    get_property(modules GLOBAL PROPERTY POS_MODULES)
    set(content "set(POS_MODULES ${modules})\n")
    foreach(module IN LISTS modules)
        get_property(dir GLOBAL PROPERTY POS_MODULE_${module}_DIR)
        get_property(depends GLOBAL PROPERTY POS_MODULE_${module}_DEPENDS)
        string(APPEND content "set(POS_MODULE_${module}_DIR \"${dir}\")\nset(POS_MODULE_${module}_DEPENDS ${depends})\n")
    endforeach()
    file(GENERATE OUTPUT ${file} CONTENT "${content}")
endfunction()
