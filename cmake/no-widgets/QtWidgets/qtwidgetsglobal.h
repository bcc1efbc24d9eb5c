// Found before Qt's own when core/ and hardware/ compile (cmake/PosModules.cmake, pos_forbid_widgets): they run
// without a screen, so they emit a signal or return a Result and let app/ show it.
#error "Qt Widgets is not allowed in core/ and hardware/"
