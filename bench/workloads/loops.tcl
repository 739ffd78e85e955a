# loops: nested counted loops over integer arithmetic, then while loops (Collatz step counts).
set total 0
for {set i 1} {$i <= 1000} {incr i} {
    for {set j 1} {$j <= 1000} {incr j} {
        incr total [expr {($i * $j + $i) % 7}]
    }
}
puts $total

set steps 0
set k 1
while {$k <= 10000} {
    set n $k
    while {$n != 1} {
        if {$n % 2 == 0} {
            set n [expr {$n / 2}]
        } else {
            set n [expr {3 * $n + 1}]
        }
        incr steps
    }
    incr k
}
puts $steps
