/* The one copy of kith's Ctrl-C state: see include/kith_interrupt.h. */

#include "kith_interrupt.h"

#include <errno.h>
#include <fcntl.h>
#include <histedit.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t sigint_flag = 0;
/* Self-pipe: the handler writes a byte so a poll() in any thread wakes up,
 * whichever thread the kernel delivered the signal to. */
static int sigint_pipe[2] = {-1, -1};

static void sigint_handler(int signal_number) {
    (void)signal_number;
    int saved_errno = errno;
    sigint_flag = 1;
    if (sigint_pipe[1] >= 0) {
        char byte = 1;
        ssize_t ignored = write(sigint_pipe[1], &byte, 1);
        (void)ignored;
    }
    errno = saved_errno;
}

int kith_sigint_install(void) {
    if (sigint_pipe[0] < 0) {
        int fds[2];
        if (pipe(fds) == 0) {
            for (int i = 0; i < 2; i++) {
                fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
                fcntl(fds[i], F_SETFD, FD_CLOEXEC);
            }
            sigint_pipe[0] = fds[0];
            sigint_pipe[1] = fds[1];
        }
    }
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = sigint_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(SIGINT, &action, NULL);
}

int kith_sigint_pending(void) { return sigint_flag != 0; }

int kith_sigint_consume(void) {
    int was_set = sigint_flag != 0;
    sigint_flag = 0;
    if (sigint_pipe[0] >= 0) {
        char buffer[64];
        while (read(sigint_pipe[0], buffer, sizeof(buffer)) > 0) {}
    }
    return was_set;
}

ssize_t kith_read_interruptible(int fd, void *buffer, size_t count) {
    for (;;) {
        if (sigint_flag) return -2;
        struct pollfd fds[2];
        fds[0].fd = fd;
        fds[0].events = POLLIN;
        fds[0].revents = 0;
        fds[1].fd = sigint_pipe[0];
        fds[1].events = POLLIN;
        fds[1].revents = 0;
        nfds_t nfds = sigint_pipe[0] >= 0 ? 2 : 1;
        int ready = poll(fds, nfds, -1);
        if (ready < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (sigint_flag) return -2;
        if (nfds == 2 && (fds[1].revents & POLLIN)) {
            /* A stale wake-up byte without the flag: drain and wait again. */
            char drain[64];
            while (read(sigint_pipe[0], drain, sizeof(drain)) > 0) {}
        }
        if (fds[0].revents == 0) continue;
        ssize_t got = read(fd, buffer, count);
        if (got < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        /* A hung-up terminal reports EIO: treat it as end of input. */
        if (got < 0 && errno == EIO) return 0;
        return got;
    }
}

int kith_el_read_char(struct editline *el, wchar_t *out) {
    FILE *input = NULL;
    if (el_get(el, EL_GETFP, 0, &input) != 0) input = NULL;
    int fd = input != NULL ? fileno(input) : STDIN_FILENO;
    unsigned char byte;
    ssize_t got = kith_read_interruptible(fd, &byte, 1);
    *out = L'\0';
    if (got == -2) { errno = EINTR; return -1; }
    if (got <= 0) return (int)got;
    if (byte < 0x80) { *out = (wchar_t)byte; return 1; }
    int extra;
    unsigned int value;
    if ((byte & 0xE0) == 0xC0) { extra = 1; value = byte & 0x1F; }
    else if ((byte & 0xF0) == 0xE0) { extra = 2; value = byte & 0x0F; }
    else if ((byte & 0xF8) == 0xF0) { extra = 3; value = byte & 0x07; }
    else { *out = (wchar_t)0xFFFD; return 1; }
    for (int i = 0; i < extra; i++) {
        unsigned char next;
        got = kith_read_interruptible(fd, &next, 1);
        if (got == -2) { errno = EINTR; return -1; }
        if (got <= 0 || (next & 0xC0) != 0x80) { *out = (wchar_t)0xFFFD; return 1; }
        value = (value << 6) | (next & 0x3F);
    }
    if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) value = 0xFFFD;
    *out = (wchar_t)value;
    return 1;
}
