# The Tcl peer of blocking_client.jsl: 64-byte ping-pong on a blocking channel against
# 127.0.0.1:BENCH_PORT; BENCH_WARMUP round trips, then BENCH_ROUNDTRIPS timed; prints
# "roundtrips=N seconds=S". Two messages alternate; every echo must equal what was sent.
set port $env(BENCH_PORT)
set n $env(BENCH_ROUNDTRIPS)
set warm $env(BENCH_WARMUP)
set messages [list [string repeat 0123456789abcdef 4] [string repeat FEDCBA9876543210 4]]
set size [string length [lindex $messages 0]]

set chan [socket 127.0.0.1 $port]
fconfigure $chan -translation binary -buffering none -blocking 1
set start [clock microseconds]
for {set i 1} {$i <= $warm + $n} {incr i} {
    if {$i == $warm + 1} { set start [clock microseconds] }
    set message [lindex $messages [expr {$i % 2}]]
    puts -nonewline $chan $message
    # A blocking read of a count waits until that many bytes have come (or end of file).
    set echo [read $chan $size]
    if {$echo ne $message} {
        puts stderr "round trip $i: the echo differs from the message"
        exit 1
    }
}
set seconds [expr {([clock microseconds] - $start) / 1e6}]
close $chan
puts [format "roundtrips=%d seconds=%.6f" $n $seconds]
