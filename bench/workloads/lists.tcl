# lists: append to a list, sum its items by index, sort a copy, hash the sorted order.
set n 200000
set lst {}
for {set i 1} {$i <= $n} {incr i} {
    lappend lst [expr {$i * 7919 % 10007}]
}

set total 0
set len [llength $lst]
for {set i 0} {$i < $len} {incr i} {
    incr total [lindex $lst $i]
}

set srt [lsort -integer $lst]
set h 0
foreach v $srt {
    set h [expr {($h * 31 + $v) % 1000003}]
}

puts [llength $lst]
puts $total
puts [expr {[lindex $srt 0] + [lindex $srt [expr {$n / 2 - 1}]] + [lindex $srt end]}]
puts $h
