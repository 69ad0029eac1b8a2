/* bcryptprimitives.dll for Wine 8.0, which lacks it (Wine >= 9 has it). Rust binaries built with
 * Rust >= 1.78 (pydantic-core's _pydantic_core.pyd, among others) import ProcessPrng from it for
 * their random numbers; without the DLL Windows' loader fails with "DLL load failed ... Module
 * not found". This forwards to BCryptGenRandom with the system-preferred RNG, as Windows does.
 * Build: x86_64-w64-mingw32-gcc -shared -O2 -s -o bcryptprimitives.dll bcryptprimitives_stub.c -lbcrypt
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
