# loops: nested counted loops over integer arithmetic, then while loops (Collatz step counts).
total = 0
for i in range(1, 1001):
    for j in range(1, 1001):
        total += (i * j + i) % 7
print(total)

steps = 0
k = 1
while k <= 10000:
    n = k
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    k += 1
print(steps)
