// Local shim so the module map never names an absolute header path.
#include <yaml.h>
