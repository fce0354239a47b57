# Every module the compiler lists as native (frontend NATIVE_MODULES) imports at run time.
import sys
import builtins
import math
import cmath
import time
import random
import os
import os.path
import io
import array
import typing
import collections.abc
import dataclasses
import enum

for m in [sys, builtins, math, cmath, time, random, os, os.path, io, array, typing, collections.abc, dataclasses, enum]:
    print(m.__name__)
print(os.path is os.path)
