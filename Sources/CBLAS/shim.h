// The system CBLAS (libblas-dev; Debian's alternatives load OpenBLAS as libblas.so.3 when
// libopenblas0 is installed) and the few LAPACK routines MailThreat uses (liblapack-dev ships
// no C header, so their Fortran prototypes are declared here).
#include <cblas.h>

/// Solves A X = B for a symmetric positive-definite A (Cholesky). Column-major, Fortran ABI.
void sposv_(const char *uplo, const int *n, const int *nrhs, float *a, const int *lda,
            float *b, const int *ldb, int *info);
void dposv_(const char *uplo, const int *n, const int *nrhs, double *a, const int *lda,
            double *b, const int *ldb, int *info);
/// Solves A X = B for a general A (LU with partial pivoting). Column-major, Fortran ABI.
void dgesv_(const int *n, const int *nrhs, double *a, const int *lda, int *ipiv,
            double *b, const int *ldb, int *info);

/// The name of the BLAS implementation actually loaded, when the library can tell
/// (OpenBLAS exports openblas_get_config); weak so the reference BLAS links too.
char *openblas_get_config(void) __attribute__((weak));
int openblas_get_num_threads(void) __attribute__((weak));
void openblas_set_num_threads(int) __attribute__((weak));
