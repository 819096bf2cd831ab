#include "cublas_library.h"

#include <dlfcn.h>

#include <mutex>

namespace moe::cuda {

namespace {

template <class F>
bool bind(void *handle, const char *name, F &function, std::string &missing)
{
    function = reinterpret_cast<F>(dlsym(handle, name));
    if (!function)
        missing += std::string(missing.empty() ? "" : ", ") + name;
    return function != nullptr;
}

}  // namespace

const CublasLibrary *cublasLibrary(std::string *whyNot)
{
    static std::once_flag once;
    static CublasLibrary library;
    static const CublasLibrary *loaded = nullptr;
    static std::string reason;
    std::call_once(once, [] {
        // The soname first (the loader's search path, the program's run path), then the file
        // of the toolkit the program was built against.
        void *handle = nullptr;
        std::string tried;
        for (const char *name : {MOELAB_CUBLAS_SONAME, MOELAB_CUBLAS_PATH}) {
            handle = dlopen(name, RTLD_NOW | RTLD_LOCAL);
            if (handle)
                break;
            const char *error = dlerror();
            tried += std::string(tried.empty() ? "" : "; ") + (error ? error : name);
        }
        if (!handle) {
            reason = "cuBLAS could not be opened (" + tried + ")";
            return;
        }
        std::string missing;
        bool all = bind(handle, "cublasCreate_v2", library.create, missing);
        all = bind(handle, "cublasDestroy_v2", library.destroy, missing) && all;
        all = bind(handle, "cublasSetStream_v2", library.setStream, missing) && all;
        all = bind(handle, "cublasSetMathMode", library.setMathMode, missing) && all;
        all = bind(handle, "cublasSetAtomicsMode", library.setAtomicsMode, missing) && all;
        all = bind(handle, "cublasSgemm_v2", library.sgemm, missing) && all;
        all = bind(handle, "cublasGetStatusString", library.statusString, missing) && all;
        if (!all) {
            reason = std::string("cuBLAS (") + MOELAB_CUBLAS_SONAME + ") lacks " + missing;
            dlclose(handle);
            return;
        }
        loaded = &library;  // the handle stays open for the life of the process
    });
    if (!loaded && whyNot)
        *whyNot = reason;
    return loaded;
}

}  // namespace moe::cuda
