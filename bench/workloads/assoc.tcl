# assoc: string-keyed inserts (with overwrites), lookups, item count, iteration over the keys.
set aa [dict create]
for {set i 1} {$i <= 100000} {incr i} {
    dict set aa "k[expr {$i * 7919 % 30011}]" $i
}
for {set i 1} {$i <= 20000} {incr i} {
    dict set aa "x$i" $i
}

set total 0
for {set i 1} {$i <= 100000} {incr i} {
    set total [expr {($total + [dict get $aa "k[expr {$i * 7919 % 30011}]"]) % 1000003}]
}
for {set i 1} {$i <= 20000} {incr i} {
    set total [expr {($total + [dict get $aa "x$i"]) % 1000003}]
}

set acc 0
foreach key [dict keys $aa] {
    set acc [expr {($acc + [string length $key] * [dict get $aa $key]) % 1000003}]
}

puts [dict size $aa]
puts $total
puts $acc
