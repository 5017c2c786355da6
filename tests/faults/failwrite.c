/* A full disk for one folder, for the fault tests (tests/cli/tst_clifaults.cpp)
 * where mounting a small tmpfs is not allowed: loaded with LD_PRELOAD, it lets a
 * process write KT_FAILWRITE_AFTER bytes (default 0) in all to files under the
 * folder KT_FAILWRITE_DIR, then fails every write, pwrite, writev, fsync,
 * ftruncate (growing) and fallocate there with ENOSPC, as a full disk does.
 * A write that crosses the limit is cut short first, as on a real disk. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static long long written;

/* True when fd is a regular file under the folder. */
static int watched(int fd)
{
    const char *folder = getenv("KT_FAILWRITE_DIR");
    if (!folder || !*folder)
        return 0;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return 0;
    char link[64];
    char target[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, target, sizeof target - 1);
    if (n <= 0)
        return 0;
    target[n] = '\0';
    const size_t length = strlen(folder);
    return strncmp(target, folder, length) == 0 && target[length] == '/';
}

static long long allowance(void)
{
    const char *after = getenv("KT_FAILWRITE_AFTER");
    const long long limit = after ? atoll(after) : 0;
    return limit > written ? limit - written : 0;
}

/* How much of count may be written to fd; -1 with errno ENOSPC when nothing. */
static ssize_t admit(int fd, size_t count)
{
    if (count == 0 || !watched(fd))
        return (ssize_t)count;
    const long long left = allowance();
    if (left <= 0) {
        errno = ENOSPC;
        return -1;
    }
    return (ssize_t)((long long)count < left ? (long long)count : left);
}

#define REAL(name) ((__typeof__(&name))dlsym(RTLD_NEXT, #name))

/* n, counted when written to a file under the folder. */
static ssize_t counted(int fd, ssize_t n)
{
    if (n > 0 && watched(fd))
        written += n;
    return n;
}

ssize_t write(int fd, const void *buffer, size_t count)
{
    const ssize_t allowed = admit(fd, count);
    return allowed < 0 ? -1 : counted(fd, REAL(write)(fd, buffer, (size_t)allowed));
}

ssize_t pwrite(int fd, const void *buffer, size_t count, off_t offset)
{
    const ssize_t allowed = admit(fd, count);
    return allowed < 0 ? -1 : counted(fd, REAL(pwrite)(fd, buffer, (size_t)allowed, offset));
}

ssize_t pwrite64(int fd, const void *buffer, size_t count, off64_t offset)
{
    const ssize_t allowed = admit(fd, count);
    return allowed < 0 ? -1 : counted(fd, REAL(pwrite64)(fd, buffer, (size_t)allowed, offset));
}

ssize_t writev(int fd, const struct iovec *vector, int count)
{
    size_t total = 0;
    for (int i = 0; i < count; ++i)
        total += vector[i].iov_len;
    const ssize_t allowed = admit(fd, total);
    if (allowed < 0)
        return -1;
    if ((size_t)allowed < total) /* cut short: the first bytes only */
        return write(fd, count > 0 ? vector[0].iov_base : NULL,
                     count > 0 && vector[0].iov_len < (size_t)allowed ? vector[0].iov_len
                                                                       : (size_t)allowed);
    return counted(fd, REAL(writev)(fd, vector, count));
}

static int failedWhenFull(int fd)
{
    if (watched(fd) && allowance() <= 0) {
        errno = ENOSPC;
        return 1;
    }
    return 0;
}

int fsync(int fd)
{
    return failedWhenFull(fd) ? -1 : REAL(fsync)(fd);
}

int fdatasync(int fd)
{
    return failedWhenFull(fd) ? -1 : REAL(fdatasync)(fd);
}

static int growing(int fd, off_t length)
{
    struct stat st;
    return fstat(fd, &st) == 0 && length > st.st_size;
}

int ftruncate(int fd, off_t length)
{
    if (growing(fd, length) && failedWhenFull(fd))
        return -1;
    return REAL(ftruncate)(fd, length);
}

int ftruncate64(int fd, off64_t length)
{
    if (growing(fd, length) && failedWhenFull(fd))
        return -1;
    return REAL(ftruncate64)(fd, length);
}

int fallocate(int fd, int mode, off_t offset, off_t length)
{
    if (failedWhenFull(fd))
        return -1;
    return REAL(fallocate)(fd, mode, offset, length);
}

int posix_fallocate(int fd, off_t offset, off_t length)
{
    if (watched(fd) && allowance() <= 0)
        return ENOSPC;
    return REAL(posix_fallocate)(fd, offset, length);
}
