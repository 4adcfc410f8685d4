// Local shim so the module map never names an absolute header path.
// Debian's libstemmer-dev ships no pkg-config file; the library is linked by name.
#include <libstemmer.h>
