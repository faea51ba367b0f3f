#ifndef KITH_CSTEMMER_SHIM_H
#define KITH_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
