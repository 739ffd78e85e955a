# classes: objects made with a constructor, methods called, members read and written from
# outside (TclOO); the same number of plain proc calls doing the same work is the baseline.
set n 1500000
oo::class create Counter {
    variable count step
    constructor {s} { set count 0; set step $s }
    method bump {x} { set count [expr {$count + $x * $step}] }
    method step {} { return $step }
    method count {} { return $count }
    method setcount {v} { set count $v }
}
set fcount 0
set fstep 1
proc bumpf {x} { global fcount fstep; set fcount [expr {$fcount + $x * $fstep}] }

set madesum 0
for {set i 1} {$i <= 20000} {incr i} {
    set o [Counter new [expr {$i % 7 + 1}]]
    incr madesum [$o step]
    $o destroy
}
set c [Counter new 1]
for {set i 1} {$i <= $n} {incr i} { $c bump $i }
for {set i 1} {$i <= $n} {incr i} { bumpf $i }
for {set i 1} {$i <= $n} {incr i} { $c setcount [expr {[$c count] - $i}] }
for {set i 1} {$i <= $n / 10} {incr i} { $c bump $i }
puts $madesum
puts $fcount
puts [$c count]
