# strings: build strings piece by piece, join a list of pieces, then Length/Contains/Substr work.
set total 0
for {set r 1} {$r <= 6000} {incr r} {
    set s ""
    set parts {}
    for {set k 1} {$k <= 40} {incr k} {
        set piece [expr {$r * $k % 997}]
        append s $piece ","
        lappend parts $piece
    }
    set joined [join $parts ","]
    incr total [expr {[string length $s] + [string length $joined]}]
    incr total [expr {[string first "99" $s] + 1 + [string first $r $joined] + 1}]
    set front [string range $s 4 13]
    incr total [expr {[string first "," $front] + 1 + [string length $front]}]
}
puts $total

set big ""
for {set i 1} {$i <= 20000} {incr i} {
    append big $i
}
puts [string length $big]
puts [expr {[string first "19999" $big] + 1}]
puts [expr {[string first "7778" $big] + 1}]
