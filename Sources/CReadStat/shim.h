#ifndef CREADSTAT_SHIM_H
#define CREADSTAT_SHIM_H

// ReadStat (Debian `libreadstat-dev`, header in /usr/include, no pkg-config file): the writer API is used by
// SurveyExport to write SPSS .sav files. Only SurveyExport imports this module (`internal import CReadStat`).
#include <readstat.h>

#endif /* CREADSTAT_SHIM_H */
