/* The C peer of bench/echo: an echo server on one thread and one epoll set, level-triggered,
 * non-blocking sockets: the practical limit of one event loop, against which the interpreted
 * servers are measured. Like the others it listens on 127.0.0.1, port JSL_PORT or else 0 (the
 * system chooses), prints "echo server listening on port N", sets TCP_NODELAY on accepted
 * connections and reads up to 65536 bytes at a time. Bytes the kernel will not take at once are
 * kept and sent when the socket is writable, reading from that client paused meanwhile.
 * A client that closes or resets is closed. It raises nothing itself: the driver sets ulimit -n.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

enum { READ_SIZE = 65536, BATCH = 512 };

/* Bytes not yet sent back to one client, indexed by descriptor (NULL when none). */
struct pending {
    size_t length, offset;
    unsigned char data[];
};

static struct pending **pendings;
static size_t pendings_size;
static int epfd;
static unsigned char buffer[READ_SIZE];

static void set_events(int fd, uint32_t events, int op)
{
    struct epoll_event ev = { .events = events, .data.fd = fd };
    epoll_ctl(epfd, op, fd, &ev);
}

static void close_client(int fd)
{
    if ((size_t)fd < pendings_size) {
        free(pendings[fd]);
        pendings[fd] = NULL;
    }
    close(fd); /* closing removes it from the epoll set */
}

static void keep(int fd, const unsigned char *data, size_t length)
{
    if ((size_t)fd >= pendings_size) {
        size_t size = pendings_size ? pendings_size : 1024;
        while (size <= (size_t)fd)
            size *= 2;
        pendings = realloc(pendings, size * sizeof *pendings);
        if (!pendings) { perror("echo_epoll"); exit(1); }
        memset(pendings + pendings_size, 0, (size - pendings_size) * sizeof *pendings);
        pendings_size = size;
    }
    struct pending *p = malloc(sizeof *p + length);
    if (!p) { perror("echo_epoll"); exit(1); }
    p->length = length;
    p->offset = 0;
    memcpy(p->data, data, length);
    pendings[fd] = p;
    set_events(fd, EPOLLOUT, EPOLL_CTL_MOD);
}

/* 0 when all was sent or kept for later, -1 when the client must be closed. */
static int send_all(int fd, const unsigned char *data, size_t length)
{
    ssize_t n = send(fd, data, length, MSG_NOSIGNAL);
    if (n < 0) {
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return -1;
        n = 0;
    }
    if ((size_t)n < length)
        keep(fd, data + n, length - (size_t)n);
    return 0;
}

static void on_writable(int fd)
{
    struct pending *p = pendings[fd];
    ssize_t n = send(fd, p->data + p->offset, p->length - p->offset, MSG_NOSIGNAL);
    if (n < 0) {
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            close_client(fd);
        return;
    }
    p->offset += (size_t)n;
    if (p->offset == p->length) {
        free(p);
        pendings[fd] = NULL;
        set_events(fd, EPOLLIN, EPOLL_CTL_MOD);
    }
}

static void on_readable(int fd)
{
    ssize_t n = recv(fd, buffer, sizeof buffer, 0);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) {
        close_client(fd);
        return;
    }
    if (n > 0 && send_all(fd, buffer, (size_t)n) != 0)
        close_client(fd);
}

static void accept_all(int server)
{
    for (;;) {
        int fd = accept4(server, NULL, NULL, SOCK_NONBLOCK);
        if (fd < 0) {
            if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR && errno != ECONNABORTED)
                perror("echo_epoll: accept");
            return;
        }
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        set_events(fd, EPOLLIN, EPOLL_CTL_ADD);
    }
}

int main(void)
{
    const char *env = getenv("JSL_PORT");
    int port = env && *env ? atoi(env) : 0;
    int server = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    int one = 1;
    setsockopt(server, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (bind(server, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(server, 4096) != 0
            || getsockname(server, (struct sockaddr *)&addr, &len) != 0) {
        perror("echo_epoll");
        return 1;
    }
    epfd = epoll_create1(0);
    set_events(server, EPOLLIN, EPOLL_CTL_ADD);
    printf("echo server listening on port %d\n", ntohs(addr.sin_port));
    fflush(stdout);

    struct epoll_event events[BATCH];
    for (;;) {
        int n = epoll_wait(epfd, events, BATCH, -1);
        if (n < 0 && errno != EINTR) {
            perror("echo_epoll: epoll_wait");
            return 1;
        }
        for (int i = 0; i < n; i++) {
            int fd = events[i].data.fd;
            if (fd == server)
                accept_all(server);
            else if (events[i].events & EPOLLOUT)
                on_writable(fd);
            else
                on_readable(fd);
        }
    }
}
