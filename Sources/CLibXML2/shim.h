#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, so <libxml/encoding.h> includes the system
// <unicode/ucnv.h>. Foundation on Linux ships its own ICU clang module
// (_FoundationICU), and the two `UErrorCode` definitions clash. voc never
// touches the ICU-only fields of xmlCharEncodingHandler, so hide them.
// See shared/design/libxml2.md, trap 1.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>

/// `xmlFree` is a global function-pointer variable, which Swift 6 rejects as
/// shared mutable state (trap 2). Wrap it in a function.
static inline void clibxml2_free(void *ptr) {
    xmlFree(ptr);
}

#endif /* CLIBXML2_SHIM_H */
