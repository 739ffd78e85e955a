/* The C peer of blocking_client.jsl: 64-byte ping-pong with blocking send/recv against
 * 127.0.0.1:BENCH_PORT; BENCH_WARMUP round trips, then BENCH_ROUNDTRIPS timed; prints
 * "roundtrips=N seconds=S". Two messages alternate; every echo must equal what was sent. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static long env_number(const char *name)
{
    const char *text = getenv(name);
    if (!text) { fprintf(stderr, "blocking_client: %s is not set\n", name); exit(2); }
    return atol(text);
}

int main(void)
{
    long port = env_number("BENCH_PORT"), n = env_number("BENCH_ROUNDTRIPS"), warm = env_number("BENCH_WARMUP");
    const char *messages[2] = { "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                                "FEDCBA9876543210FEDCBA9876543210FEDCBA9876543210FEDCBA9876543210" };
    const size_t size = 64;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons((unsigned short)port) };
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0) { perror("blocking_client: connect"); return 1; }
    double start = now();
    for (long i = 1; i <= warm + n; i++) {
        if (i == warm + 1)
            start = now();
        const char *message = messages[i % 2];
        if (send(fd, message, size, 0) != (ssize_t)size) { perror("blocking_client: send"); return 1; }
        char echo[64];
        size_t got = 0;
        while (got < size) {
            ssize_t r = recv(fd, echo + got, size - got, 0);
            if (r <= 0) { fprintf(stderr, "blocking_client: recv: the connection ended\n"); return 1; }
            got += (size_t)r;
        }
        if (memcmp(echo, message, size) != 0) {
            fprintf(stderr, "blocking_client: round trip %ld: the echo differs from the message\n", i);
            return 1;
        }
    }
    double seconds = now() - start;
    close(fd);
    printf("roundtrips=%ld seconds=%.6f\n", n, seconds);
    return 0;
}
