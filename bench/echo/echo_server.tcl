# The Tcl peer of bench/echo: an echo server on Tcl's own event loop, one thread, with
# `socket -server` and `fileevent readable` handlers on non-blocking channels, written the way
# a Tcl user writes one. Like the others it listens on 127.0.0.1, port JSL_PORT or else 0 (the
# system chooses), prints "echo server listening on port N", and reads up to 65536 bytes at a
# time. Channels are binary and fully buffered, flushed after every write, so each read is
# echoed as one send. Tcl sets no TCP_NODELAY option on accepted sockets; the ping-pong load
# sends one message at a time, so Nagle's algorithm never holds a write back here.

proc accept {chan addr port} {
    fconfigure $chan -blocking 0 -translation binary -buffering full -buffersize 65536
    fileevent $chan readable [list echo $chan]
}

proc echo {chan} {
    if {[catch {read $chan 65536} data] || ([eof $chan] && $data eq "")} {
        catch {close $chan}
        return
    }
    if {$data ne ""} {
        # A non-blocking channel queues what the kernel does not take and writes it in the
        # background, so this never blocks.
        if {[catch {puts -nonewline $chan $data; flush $chan}]} {
            catch {close $chan}
        }
    }
}

set port 0
if {[info exists env(JSL_PORT)] && $env(JSL_PORT) ne ""} { set port $env(JSL_PORT) }
set server [socket -server accept -myaddr 127.0.0.1 $port]
puts "echo server listening on port [lindex [fconfigure $server -sockname] 2]"
flush stdout
vwait forever
