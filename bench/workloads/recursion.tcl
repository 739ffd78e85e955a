# recursion: naive Fibonacci through user functions, an expression form and a return form.
set N 30

proc fib {n} {
    expr {$n < 2 ? $n : [fib [expr {$n - 1}]] + [fib [expr {$n - 2}]]}
}

proc fibr {n} {
    if {$n < 2} {
        return $n
    }
    return [expr {[fibr [expr {$n - 1}]] + [fibr [expr {$n - 2}]]}]
}

puts [fib $N]
puts [fibr $N]
