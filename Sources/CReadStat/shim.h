#ifndef CREADSTAT_SHIM_H
#define CREADSTAT_SHIM_H

// ReadStat (Debian `libreadstat-dev`, header in /usr/include, no pkg-config file): SurveyExport writes SPSS .sav
// files with its writer API (SPSS/SPSSWriter.swift) and SurveyCollector reads .sav and .zsav files with its parser
// API (Import/SAVReader.swift). Both import this module with `internal import CReadStat`.
#include <readstat.h>

#endif /* CREADSTAT_SHIM_H */
