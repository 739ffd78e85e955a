# recursion: naive Fibonacci through user functions, an expression form and a return form.
N = 30


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def fibr(n):
    if n < 2:
        return n
    return fibr(n - 1) + fibr(n - 2)


print(fib(N))
print(fibr(N))
