/* C99 complex functions of the Universal CRT for Wine 8.0, whose ucrtbase.dll has them only as
 * stubs that abort the process ("unimplemented function ucrtbase.dll.crealf"). NumPy 2 calls
 * them (crealf already while importing). .ci/wine/setup.sh builds this file into
 * pkw-ms-win-crt-math-l1-1-0.dll, whose other exports forward to ucrtbase, and points NumPy's
 * extension modules at it instead of the api-ms-win-crt-math-l1-1-0 API set (same name length).
 *
 * The types follow the UCRT's <complex.h>: _Fcomplex/_Dcomplex/_Lcomplex are structs of two
 * float/double/double (MSVC's long double is a double); MinGW's GCC passes and returns such
 * structs by the same Windows x64 rules as MSVC. The math is MinGW's own (libmingwex).
 */
#include <complex.h>
#include <math.h>

typedef struct { float v[2]; } Fcx;
typedef struct { double v[2]; } Dcx;

static inline double _Complex D(Dcx z) { return __builtin_complex(z.v[0], z.v[1]); }
static inline float _Complex F(Fcx z) { return __builtin_complex(z.v[0], z.v[1]); }
static inline Dcx DR(double _Complex z) { Dcx r = {{creal(z), cimag(z)}}; return r; }
static inline Fcx FR(float _Complex z) { Fcx r = {{crealf(z), cimagf(z)}}; return r; }

#define EXPORT __declspec(dllexport)
/* complex -> complex, for double, float and "long double" (= double) */
#define C2C(name) \
    EXPORT Dcx pkw_##name(Dcx z) { return DR(name(D(z))); } \
    EXPORT Fcx pkw_##name##f(Fcx z) { return FR(name##f(F(z))); } \
    EXPORT Dcx pkw_##name##l(Dcx z) { return DR(name(D(z))); }
/* complex -> real */
#define C2R(name) \
    EXPORT double pkw_##name(Dcx z) { return name(D(z)); } \
    EXPORT float pkw_##name##f(Fcx z) { return name##f(F(z)); } \
    EXPORT double pkw_##name##l(Dcx z) { return name(D(z)); }

C2C(cacos) C2C(cacosh) C2C(casin) C2C(casinh) C2C(catan) C2C(catanh)
C2C(ccos) C2C(ccosh) C2C(cexp) C2C(clog) C2C(conj) C2C(cproj)
C2C(csin) C2C(csinh) C2C(csqrt) C2C(ctan) C2C(ctanh)
C2R(cabs) C2R(carg) C2R(cimag) C2R(creal)

EXPORT Dcx pkw_cpow(Dcx x, Dcx y) { return DR(cpow(D(x), D(y))); }
EXPORT Fcx pkw_cpowf(Fcx x, Fcx y) { return FR(cpowf(F(x), F(y))); }
EXPORT Dcx pkw_cpowl(Dcx x, Dcx y) { return DR(cpow(D(x), D(y))); }
EXPORT Dcx pkw_clog10(Dcx z) { return DR(clog(D(z)) / log(10.0)); }
EXPORT Fcx pkw_clog10f(Fcx z) { return FR(clogf(F(z)) / logf(10.0f)); }
EXPORT Dcx pkw_clog10l(Dcx z) { return DR(clog(D(z)) / log(10.0)); }
/* _Cbuild and friends build a complex from two reals */
EXPORT Dcx pkw__Cbuild(double re, double im) { Dcx r = {{re, im}}; return r; }
EXPORT Fcx pkw__FCbuild(float re, float im) { Fcx r = {{re, im}}; return r; }
EXPORT Dcx pkw__LCbuild(double re, double im) { Dcx r = {{re, im}}; return r; }
