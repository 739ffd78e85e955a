/* The echo load generator of bench/run-echo: one thread, one epoll set, N TCP connections to
 * 127.0.0.1:PORT. On each connection it sends a SIZE-byte message and waits for the whole echo,
 * checking every byte, before sending the next (ping-pong, one message in flight per
 * connection). The bytes differ per connection and per round trip, so a lost, extra, stale or
 * misrouted byte is an error.
 *
 *   echo-loadgen --port P [--connections N] [--warmup S] [--duration S] [--size B] [--hold]
 *                [--connect-timeout S]
 *
 * Phases: connect all N (non-blocking), wait until every connection has completed one round
 * trip (so a slow accept loop cannot leave connections unserved; bounded by --connect-timeout),
 * then --warmup seconds, then it prints "measuring" and counts round trips for --duration
 * seconds, and prints one line:
 *   roundtrips=R seconds=S rt_per_s=X connections=N min_per_conn=A max_per_conn=B errors=E cpu_s=C
 * (cpu_s: this process's own user+system CPU during the counted window). Exit status 0 when no
 * connection failed, 1 otherwise (the first failure is on stderr).
 *
 * --hold: after every connection has done one round trip, print "holding N" and keep the
 * connections open and idle until stdin reaches end of file (for the memory benchmark).
 *
 * It raises its own RLIMIT_NOFILE to what N needs (up to the hard limit).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

enum { MAX_SIZE = 65536, BATCH = 512 };

struct conn {
    int fd;
    int connected;
    uint32_t seq;        /* round trips completed on this connection */
    int sent;            /* bytes of the current message sent */
    int received;        /* bytes of its echo received */
    uint64_t at_mark;    /* seq when counting started */
    int writable_wanted; /* EPOLLOUT is in its epoll events */
};

static struct conn *conns;
static int count = 1, size = 64, port = 0, hold = 0;
static double warmup = 1.0, duration = 5.0, connect_timeout = 60.0;
static int epfd;
static long errors = 0;
static int alive = 0;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu_now(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

/* Byte i of message number seq on connection c: differs per connection, round trip and offset. */
static unsigned char expected(int c, uint32_t seq, int i)
{
    return (unsigned char)(c * 131u + seq * 29u + (unsigned)i * 7u + (seq >> 8));
}

static void fail(int c, const char *what)
{
    if (errors == 0)
        fprintf(stderr, "echo-loadgen: connection %d after %u round trip(s): %s\n", c, conns[c].seq, what);
    errors++;
    if (conns[c].fd >= 0) {
        epoll_ctl(epfd, EPOLL_CTL_DEL, conns[c].fd, NULL);
        close(conns[c].fd);
        conns[c].fd = -1;
        alive--;
    }
}

static void watch(int c, uint32_t events)
{
    struct epoll_event ev = { .events = events, .data.u32 = (uint32_t)c };
    epoll_ctl(epfd, EPOLL_CTL_MOD, conns[c].fd, &ev);
}

/* Sends what is left of the current message; asks for EPOLLOUT when the kernel takes less. */
static void send_rest(int c)
{
    struct conn *k = &conns[c];
    unsigned char buf[MAX_SIZE];
    int left = size - k->sent;
    for (int i = 0; i < left; i++)
        buf[i] = expected(c, k->seq, k->sent + i);
    ssize_t n = send(k->fd, buf, (size_t)left, MSG_NOSIGNAL);
    if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
        fail(c, strerror(errno));
        return;
    }
    if (n > 0)
        k->sent += (int)n;
    /* epoll_ctl only when the wish changes: one syscall fewer per round trip. */
    int want = k->sent < size;
    if (want != k->writable_wanted) {
        k->writable_wanted = want;
        watch(c, want ? EPOLLIN | EPOLLOUT : EPOLLIN);
    }
}

static void receive(int c)
{
    struct conn *k = &conns[c];
    unsigned char buf[MAX_SIZE];
    for (;;) {
        ssize_t n = recv(k->fd, buf, sizeof buf, 0);
        if (n == 0) {
            fail(c, "the server closed the connection");
            return;
        }
        if (n < 0) {
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                fail(c, strerror(errno));
            return;
        }
        if (k->received + n > k->sent) {
            fail(c, "more bytes came back than were sent");
            return;
        }
        for (ssize_t i = 0; i < n; i++) {
            if (buf[i] != expected(c, k->seq, k->received + (int)i)) {
                fail(c, "an echoed byte differs from the byte sent");
                return;
            }
        }
        k->received += (int)n;
        if (k->received == size) {
            k->seq++;
            k->sent = 0;
            k->received = 0;
            send_rest(c);
            return;
        }
    }
}

static void on_event(int c, uint32_t events)
{
    struct conn *k = &conns[c];
    if (k->fd < 0)
        return;
    if (!k->connected) {
        int err = 0;
        socklen_t len = sizeof err;
        getsockopt(k->fd, SOL_SOCKET, SO_ERROR, &err, &len);
        if (err) {
            fail(c, strerror(err));
            return;
        }
        k->connected = 1;
        k->writable_wanted = 1; /* registered for EPOLLOUT while connecting */
        send_rest(c);
        return;
    }
    if (events & (EPOLLERR | EPOLLHUP) && !(events & EPOLLIN)) {
        fail(c, "the connection was reset");
        return;
    }
    if (events & EPOLLOUT)
        send_rest(c);
    if (events & EPOLLIN && k->fd >= 0)
        receive(c);
}

/* Runs the event loop until the deadline, or until stop() says so. */
static void run_until(double deadline, int (*stop)(void))
{
    struct epoll_event events[BATCH];
    while (alive > 0 && (!stop || !stop())) {
        double left = deadline - now();
        if (left <= 0)
            return;
        int n = epoll_wait(epfd, events, BATCH, left > 0.1 ? 100 : (int)(left * 1000) + 1);
        if (n < 0 && errno != EINTR) {
            perror("echo-loadgen: epoll_wait");
            exit(1);
        }
        for (int i = 0; i < n; i++)
            on_event((int)events[i].data.u32, events[i].events);
    }
}

static int all_served(void)
{
    for (int c = 0; c < count; c++)
        if (conns[c].fd >= 0 && conns[c].seq == 0)
            return 0;
    return 1;
}

static void raise_fd_limit(void)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return;
    rlim_t want = (rlim_t)count + 64;
    if (rl.rlim_cur < want) {
        rl.rlim_cur = want < rl.rlim_max ? want : rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
}

static void parse(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--hold")) { hold = 1; continue; }
        if (!v) { fprintf(stderr, "echo-loadgen: %s needs a value\n", a); exit(2); }
        if (!strcmp(a, "--port")) port = atoi(v);
        else if (!strcmp(a, "--connections")) count = atoi(v);
        else if (!strcmp(a, "--size")) size = atoi(v);
        else if (!strcmp(a, "--warmup")) warmup = atof(v);
        else if (!strcmp(a, "--duration")) duration = atof(v);
        else if (!strcmp(a, "--connect-timeout")) connect_timeout = atof(v);
        else { fprintf(stderr, "echo-loadgen: unknown option %s\n", a); exit(2); }
        i++;
    }
    if (port <= 0 || port > 65535 || count < 1 || size < 1 || size > MAX_SIZE || duration <= 0 || warmup < 0) {
        fprintf(stderr, "echo-loadgen: --port (1-65535) is required; --connections, --duration and "
                        "--size (1-%d) must be positive\n", MAX_SIZE);
        exit(2);
    }
}

static void connect_all(void)
{
    struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    for (int c = 0; c < count; c++) {
        int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        if (fd < 0) {
            fprintf(stderr, "echo-loadgen: socket %d of %d: %s\n", c + 1, count, strerror(errno));
            exit(1);
        }
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        conns[c] = (struct conn){ .fd = fd };
        alive++;
        if (connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0 && errno != EINPROGRESS) {
            fail(c, strerror(errno));
            continue;
        }
        struct epoll_event ev = { .events = EPOLLOUT, .data.u32 = (uint32_t)c };
        epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev);
    }
}

int main(int argc, char **argv)
{
    parse(argc, argv);
    raise_fd_limit();
    conns = calloc((size_t)count, sizeof *conns);
    epfd = epoll_create1(0);
    if (!conns || epfd < 0) {
        perror("echo-loadgen");
        return 1;
    }
    connect_all();
    run_until(now() + connect_timeout, all_served);
    if (errors == 0 && !all_served()) {
        fprintf(stderr, "echo-loadgen: not every connection completed a round trip within %g s\n", connect_timeout);
        return 1;
    }
    if (errors)
        return 1;
    if (hold) {
        printf("holding %d\n", count);
        fflush(stdout);
        char byte;
        while (read(0, &byte, 1) > 0) {}
        return 0;
    }
    run_until(now() + warmup, NULL);
    for (int c = 0; c < count; c++)
        conns[c].at_mark = conns[c].seq;
    printf("measuring\n");
    fflush(stdout);
    double start = now(), cpu_start = cpu_now();
    run_until(start + duration, NULL);
    double seconds = now() - start, cpu = cpu_now() - cpu_start;
    uint64_t total = 0, lo = UINT64_MAX, hi = 0;
    for (int c = 0; c < count; c++) {
        uint64_t done = conns[c].seq - conns[c].at_mark;
        total += done;
        if (done < lo) lo = done;
        if (done > hi) hi = done;
    }
    printf("roundtrips=%llu seconds=%.3f rt_per_s=%.1f connections=%d min_per_conn=%llu max_per_conn=%llu "
           "errors=%ld cpu_s=%.3f\n", (unsigned long long)total, seconds, total / seconds, count,
           (unsigned long long)lo, (unsigned long long)hi, errors, cpu);
    fflush(stdout);
    return errors ? 1 : 0;
}
