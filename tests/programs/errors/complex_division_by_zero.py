# Uncaught ZeroDivisionError from complex division.
def impedance(r, x):
    return complex(r, x)


def admittance(z):
    return 1 / z


for z in [impedance(3, 4), impedance(0, 1), impedance(0, 0)]:
    print(z, admittance(z))
