# classes: objects made with a constructor, methods called, members read and written from
# outside; the same number of plain function calls doing the same work is the baseline. With
# BENCH_PHASES set, each phase's time is printed after the checksums.
import os
import time

phases = os.environ.get("BENCH_PHASES", "") != ""
n = 1500000


class Counter:
    def __init__(self, s):
        self.count = 0
        self.step = s

    def bump(self, x):
        self.count = self.count + x * self.step


fcount = 0
fstep = 1


def bumpf(x):
    global fcount
    fcount = fcount + x * fstep


# The objects are made last, as in classes.jsl.
t0 = time.perf_counter()
c = Counter(1)
for i in range(1, n + 1):
    bumpf(i)
t1 = time.perf_counter()
for i in range(1, n + 1):
    c.bump(i)
t2 = time.perf_counter()
for i in range(1, n + 1):
    c.count = c.count - i
t3 = time.perf_counter()
for i in range(1, n // 10 + 1):
    c.bump(i)
t4 = time.perf_counter()
madesum = 0
for i in range(1, 20001):
    o = Counter(i % 7 + 1)
    madesum += o.step
t5 = time.perf_counter()

print(madesum)
print(fcount)
print(c.count)
if phases:
    print("function", t1 - t0)
    print("method  ", t2 - t1)
    print("members ", t3 - t2)
    print("send    ", t4 - t3)
    print("create  ", t5 - t4)
    print("method/function", (t2 - t1) / (t1 - t0))
