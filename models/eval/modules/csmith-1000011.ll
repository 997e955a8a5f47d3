; ModuleID = 'cs1000011.c'
source_filename = "cs1000011.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.S0 = type <{ i64, i16, i16 }>
%struct.S1 = type { i8, i32, i16 }
%struct.S2 = type { i32, %struct.S0, i64, %struct.S0, i8, %struct.S0, i64, %struct.S0, %struct.S0 }

@.str = private unnamed_addr constant [2 x i8] c"1\00", align 1
@g_14 = internal global i16 10412, align 2
@.str.1 = private unnamed_addr constant [5 x i8] c"g_14\00", align 1
@g_20 = internal global i16 -9881, align 2
@.str.2 = private unnamed_addr constant [5 x i8] c"g_20\00", align 1
@g_22 = internal global [10 x i32] [i32 -1, i32 1, i32 -1, i32 -1, i32 1, i32 -1, i32 1, i32 -1, i32 -1, i32 1], align 16
@.str.3 = private unnamed_addr constant [8 x i8] c"g_22[i]\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"index = [%d]\0A\00", align 1
@g_66 = internal global [4 x i8] c"\FF\FF\FF\FF", align 1
@.str.5 = private unnamed_addr constant [8 x i8] c"g_66[i]\00", align 1
@g_103 = internal global i64 -6, align 8
@.str.6 = private unnamed_addr constant [6 x i8] c"g_103\00", align 1
@.str.7 = private unnamed_addr constant [6 x i8] c"g_118\00", align 1
@g_149 = internal global i64 -10, align 8
@.str.8 = private unnamed_addr constant [6 x i8] c"g_149\00", align 1
@g_195 = internal global i64 2, align 8
@.str.9 = private unnamed_addr constant [6 x i8] c"g_195\00", align 1
@g_197 = internal global i64 -2187717651312826110, align 8
@.str.10 = private unnamed_addr constant [6 x i8] c"g_197\00", align 1
@g_210 = internal global i32 -1, align 4
@.str.11 = private unnamed_addr constant [6 x i8] c"g_210\00", align 1
@g_213 = internal global i8 -6, align 1
@.str.12 = private unnamed_addr constant [6 x i8] c"g_213\00", align 1
@g_262 = internal global %struct.S0 <{ i64 -1, i16 -15071, i16 3913 }>, align 1
@.str.13 = private unnamed_addr constant [9 x i8] c"g_262.f0\00", align 1
@.str.14 = private unnamed_addr constant [9 x i8] c"g_262.f1\00", align 1
@.str.15 = private unnamed_addr constant [9 x i8] c"g_262.f2\00", align 1
@g_264 = internal global %struct.S0 <{ i64 -895366352681540745, i16 -30421, i16 -12222 }>, align 1
@.str.16 = private unnamed_addr constant [9 x i8] c"g_264.f0\00", align 1
@.str.17 = private unnamed_addr constant [9 x i8] c"g_264.f1\00", align 1
@.str.18 = private unnamed_addr constant [9 x i8] c"g_264.f2\00", align 1
@g_269 = internal global %struct.S0 <{ i64 -6, i16 1, i16 0 }>, align 1
@.str.19 = private unnamed_addr constant [9 x i8] c"g_269.f0\00", align 1
@.str.20 = private unnamed_addr constant [9 x i8] c"g_269.f1\00", align 1
@.str.21 = private unnamed_addr constant [9 x i8] c"g_269.f2\00", align 1
@g_270 = internal global %struct.S1 { i8 126, i32 9, i16 -16004 }, align 4
@.str.22 = private unnamed_addr constant [9 x i8] c"g_270.f0\00", align 1
@.str.23 = private unnamed_addr constant [9 x i8] c"g_270.f1\00", align 1
@.str.24 = private unnamed_addr constant [9 x i8] c"g_270.f2\00", align 1
@g_272 = internal global %struct.S1 { i8 -1, i32 1, i16 -1 }, align 4
@.str.25 = private unnamed_addr constant [9 x i8] c"g_272.f0\00", align 1
@.str.26 = private unnamed_addr constant [9 x i8] c"g_272.f1\00", align 1
@.str.27 = private unnamed_addr constant [9 x i8] c"g_272.f2\00", align 1
@.str.28 = private unnamed_addr constant [6 x i8] c"g_296\00", align 1
@g_298 = internal global i8 -99, align 1
@.str.29 = private unnamed_addr constant [6 x i8] c"g_298\00", align 1
@g_311 = internal global [10 x [5 x i16]] [[5 x i16] [i16 -3883, i16 7099, i16 -19119, i16 -19119, i16 7099], [5 x i16] [i16 -1, i16 -29754, i16 9, i16 9, i16 -29754], [5 x i16] [i16 -3883, i16 7099, i16 -19119, i16 -19119, i16 7099], [5 x i16] [i16 -1, i16 -29754, i16 9, i16 9, i16 -29754], [5 x i16] [i16 -3883, i16 7099, i16 -19119, i16 -19119, i16 7099], [5 x i16] [i16 -1, i16 -29754, i16 9, i16 9, i16 -29754], [5 x i16] [i16 -3883, i16 7099, i16 -19119, i16 -19119, i16 7099], [5 x i16] [i16 -1, i16 -29754, i16 9, i16 9, i16 -29754], [5 x i16] [i16 -3883, i16 7099, i16 -19119, i16 -19119, i16 7099], [5 x i16] [i16 -1, i16 -29754, i16 9, i16 9, i16 -29754]], align 16
@.str.30 = private unnamed_addr constant [12 x i8] c"g_311[i][j]\00", align 1
@.str.31 = private unnamed_addr constant [18 x i8] c"index = [%d][%d]\0A\00", align 1
@g_330 = internal global %struct.S1 { i8 -2, i32 -1208583103, i16 -21444 }, align 4
@.str.32 = private unnamed_addr constant [9 x i8] c"g_330.f0\00", align 1
@.str.33 = private unnamed_addr constant [9 x i8] c"g_330.f1\00", align 1
@.str.34 = private unnamed_addr constant [9 x i8] c"g_330.f2\00", align 1
@g_363 = internal global i16 -1, align 2
@.str.35 = private unnamed_addr constant [6 x i8] c"g_363\00", align 1
@g_366 = internal global %struct.S2 { i32 -882712489, %struct.S0 <{ i64 -7, i16 27937, i16 -30089 }>, i64 3462855406182751202, %struct.S0 <{ i64 9015728914623716156, i16 1, i16 14421 }>, i8 0, %struct.S0 <{ i64 -7, i16 0, i16 2 }>, i64 7883591792865574012, %struct.S0 <{ i64 2, i16 1, i16 -30291 }>, %struct.S0 <{ i64 1, i16 -8, i16 1147 }> }, align 8
@.str.36 = private unnamed_addr constant [9 x i8] c"g_366.f0\00", align 1
@.str.37 = private unnamed_addr constant [12 x i8] c"g_366.f1.f0\00", align 1
@.str.38 = private unnamed_addr constant [12 x i8] c"g_366.f1.f1\00", align 1
@.str.39 = private unnamed_addr constant [12 x i8] c"g_366.f1.f2\00", align 1
@.str.40 = private unnamed_addr constant [9 x i8] c"g_366.f2\00", align 1
@.str.41 = private unnamed_addr constant [12 x i8] c"g_366.f3.f0\00", align 1
@.str.42 = private unnamed_addr constant [12 x i8] c"g_366.f3.f1\00", align 1
@.str.43 = private unnamed_addr constant [12 x i8] c"g_366.f3.f2\00", align 1
@.str.44 = private unnamed_addr constant [9 x i8] c"g_366.f4\00", align 1
@.str.45 = private unnamed_addr constant [12 x i8] c"g_366.f5.f0\00", align 1
@.str.46 = private unnamed_addr constant [12 x i8] c"g_366.f5.f1\00", align 1
@.str.47 = private unnamed_addr constant [12 x i8] c"g_366.f5.f2\00", align 1
@.str.48 = private unnamed_addr constant [9 x i8] c"g_366.f6\00", align 1
@.str.49 = private unnamed_addr constant [12 x i8] c"g_366.f7.f0\00", align 1
@.str.50 = private unnamed_addr constant [12 x i8] c"g_366.f7.f1\00", align 1
@.str.51 = private unnamed_addr constant [12 x i8] c"g_366.f7.f2\00", align 1
@.str.52 = private unnamed_addr constant [12 x i8] c"g_366.f8.f0\00", align 1
@.str.53 = private unnamed_addr constant [12 x i8] c"g_366.f8.f1\00", align 1
@.str.54 = private unnamed_addr constant [12 x i8] c"g_366.f8.f2\00", align 1
@g_413 = internal global i32 1, align 4
@.str.55 = private unnamed_addr constant [6 x i8] c"g_413\00", align 1
@g_440 = internal global %struct.S1 { i8 -52, i32 552110884, i16 -8407 }, align 4
@.str.56 = private unnamed_addr constant [9 x i8] c"g_440.f0\00", align 1
@.str.57 = private unnamed_addr constant [9 x i8] c"g_440.f1\00", align 1
@.str.58 = private unnamed_addr constant [9 x i8] c"g_440.f2\00", align 1
@g_453 = internal global %struct.S1 { i8 -15, i32 0, i16 -5757 }, align 4
@.str.59 = private unnamed_addr constant [9 x i8] c"g_453.f0\00", align 1
@.str.60 = private unnamed_addr constant [9 x i8] c"g_453.f1\00", align 1
@.str.61 = private unnamed_addr constant [9 x i8] c"g_453.f2\00", align 1
@g_480 = internal global %struct.S2 { i32 7, %struct.S0 <{ i64 -1895068771411236243, i16 7, i16 -19834 }>, i64 2695573575484085204, %struct.S0 <{ i64 -1, i16 -4927, i16 -20780 }>, i8 5, %struct.S0 <{ i64 -6504451587592455692, i16 6, i16 3 }>, i64 -5734368244943298787, %struct.S0 <{ i64 260390247702167960, i16 0, i16 27862 }>, %struct.S0 <{ i64 1883449631012336363, i16 -6, i16 7654 }> }, align 8
@.str.62 = private unnamed_addr constant [9 x i8] c"g_480.f0\00", align 1
@.str.63 = private unnamed_addr constant [12 x i8] c"g_480.f1.f0\00", align 1
@.str.64 = private unnamed_addr constant [12 x i8] c"g_480.f1.f1\00", align 1
@.str.65 = private unnamed_addr constant [12 x i8] c"g_480.f1.f2\00", align 1
@.str.66 = private unnamed_addr constant [9 x i8] c"g_480.f2\00", align 1
@.str.67 = private unnamed_addr constant [12 x i8] c"g_480.f3.f0\00", align 1
@.str.68 = private unnamed_addr constant [12 x i8] c"g_480.f3.f1\00", align 1
@.str.69 = private unnamed_addr constant [12 x i8] c"g_480.f3.f2\00", align 1
@.str.70 = private unnamed_addr constant [9 x i8] c"g_480.f4\00", align 1
@.str.71 = private unnamed_addr constant [12 x i8] c"g_480.f5.f0\00", align 1
@.str.72 = private unnamed_addr constant [12 x i8] c"g_480.f5.f1\00", align 1
@.str.73 = private unnamed_addr constant [12 x i8] c"g_480.f5.f2\00", align 1
@.str.74 = private unnamed_addr constant [9 x i8] c"g_480.f6\00", align 1
@.str.75 = private unnamed_addr constant [12 x i8] c"g_480.f7.f0\00", align 1
@.str.76 = private unnamed_addr constant [12 x i8] c"g_480.f7.f1\00", align 1
@.str.77 = private unnamed_addr constant [12 x i8] c"g_480.f7.f2\00", align 1
@.str.78 = private unnamed_addr constant [12 x i8] c"g_480.f8.f0\00", align 1
@.str.79 = private unnamed_addr constant [12 x i8] c"g_480.f8.f1\00", align 1
@.str.80 = private unnamed_addr constant [12 x i8] c"g_480.f8.f2\00", align 1
@g_605 = internal global %struct.S1 { i8 -8, i32 -1, i16 9 }, align 4
@.str.81 = private unnamed_addr constant [9 x i8] c"g_605.f0\00", align 1
@.str.82 = private unnamed_addr constant [9 x i8] c"g_605.f1\00", align 1
@.str.83 = private unnamed_addr constant [9 x i8] c"g_605.f2\00", align 1
@g_627 = internal global %struct.S1 { i8 -124, i32 4, i16 -1 }, align 4
@.str.84 = private unnamed_addr constant [9 x i8] c"g_627.f0\00", align 1
@.str.85 = private unnamed_addr constant [9 x i8] c"g_627.f1\00", align 1
@.str.86 = private unnamed_addr constant [9 x i8] c"g_627.f2\00", align 1
@g_636 = internal constant %struct.S1 { i8 0, i32 1841549150, i16 -27258 }, align 4
@.str.87 = private unnamed_addr constant [9 x i8] c"g_636.f0\00", align 1
@.str.88 = private unnamed_addr constant [9 x i8] c"g_636.f1\00", align 1
@.str.89 = private unnamed_addr constant [9 x i8] c"g_636.f2\00", align 1
@g_664 = internal global i64 -1, align 8
@.str.90 = private unnamed_addr constant [6 x i8] c"g_664\00", align 1
@g_673 = internal global %struct.S2 { i32 -10, %struct.S0 <{ i64 -7517931294112444196, i16 20684, i16 20623 }>, i64 -1, %struct.S0 <{ i64 6252601809818038823, i16 0, i16 0 }>, i8 44, %struct.S0 <{ i64 -3479399757818307862, i16 -27290, i16 -25437 }>, i64 -4295204075191618822, %struct.S0 <{ i64 1060514499472297715, i16 -1, i16 9620 }>, %struct.S0 <{ i64 0, i16 -11267, i16 1 }> }, align 8
@.str.91 = private unnamed_addr constant [9 x i8] c"g_673.f0\00", align 1
@.str.92 = private unnamed_addr constant [12 x i8] c"g_673.f1.f0\00", align 1
@.str.93 = private unnamed_addr constant [12 x i8] c"g_673.f1.f1\00", align 1
@.str.94 = private unnamed_addr constant [12 x i8] c"g_673.f1.f2\00", align 1
@.str.95 = private unnamed_addr constant [9 x i8] c"g_673.f2\00", align 1
@.str.96 = private unnamed_addr constant [12 x i8] c"g_673.f3.f0\00", align 1
@.str.97 = private unnamed_addr constant [12 x i8] c"g_673.f3.f1\00", align 1
@.str.98 = private unnamed_addr constant [12 x i8] c"g_673.f3.f2\00", align 1
@.str.99 = private unnamed_addr constant [9 x i8] c"g_673.f4\00", align 1
@.str.100 = private unnamed_addr constant [12 x i8] c"g_673.f5.f0\00", align 1
@.str.101 = private unnamed_addr constant [12 x i8] c"g_673.f5.f1\00", align 1
@.str.102 = private unnamed_addr constant [12 x i8] c"g_673.f5.f2\00", align 1
@.str.103 = private unnamed_addr constant [9 x i8] c"g_673.f6\00", align 1
@.str.104 = private unnamed_addr constant [12 x i8] c"g_673.f7.f0\00", align 1
@.str.105 = private unnamed_addr constant [12 x i8] c"g_673.f7.f1\00", align 1
@.str.106 = private unnamed_addr constant [12 x i8] c"g_673.f7.f2\00", align 1
@.str.107 = private unnamed_addr constant [12 x i8] c"g_673.f8.f0\00", align 1
@.str.108 = private unnamed_addr constant [12 x i8] c"g_673.f8.f1\00", align 1
@.str.109 = private unnamed_addr constant [12 x i8] c"g_673.f8.f2\00", align 1
@g_674 = internal global [10 x i8] c"++++++++++", align 1
@.str.110 = private unnamed_addr constant [9 x i8] c"g_674[i]\00", align 1
@g_675 = internal global %struct.S2 { i32 8, %struct.S0 <{ i64 3011945187293899384, i16 -1, i16 -1 }>, i64 -10, %struct.S0 <{ i64 2799305419363682731, i16 6, i16 -28132 }>, i8 -85, %struct.S0 <{ i64 2999729485748814740, i16 13554, i16 19106 }>, i64 3533562306172468847, %struct.S0 <{ i64 -8879581370671764370, i16 627, i16 0 }>, %struct.S0 <{ i64 1626337480926614806, i16 -9, i16 21037 }> }, align 8
@.str.111 = private unnamed_addr constant [9 x i8] c"g_675.f0\00", align 1
@.str.112 = private unnamed_addr constant [12 x i8] c"g_675.f1.f0\00", align 1
@.str.113 = private unnamed_addr constant [12 x i8] c"g_675.f1.f1\00", align 1
@.str.114 = private unnamed_addr constant [12 x i8] c"g_675.f1.f2\00", align 1
@.str.115 = private unnamed_addr constant [9 x i8] c"g_675.f2\00", align 1
@.str.116 = private unnamed_addr constant [12 x i8] c"g_675.f3.f0\00", align 1
@.str.117 = private unnamed_addr constant [12 x i8] c"g_675.f3.f1\00", align 1
@.str.118 = private unnamed_addr constant [12 x i8] c"g_675.f3.f2\00", align 1
@.str.119 = private unnamed_addr constant [9 x i8] c"g_675.f4\00", align 1
@.str.120 = private unnamed_addr constant [12 x i8] c"g_675.f5.f0\00", align 1
@.str.121 = private unnamed_addr constant [12 x i8] c"g_675.f5.f1\00", align 1
@.str.122 = private unnamed_addr constant [12 x i8] c"g_675.f5.f2\00", align 1
@.str.123 = private unnamed_addr constant [9 x i8] c"g_675.f6\00", align 1
@.str.124 = private unnamed_addr constant [12 x i8] c"g_675.f7.f0\00", align 1
@.str.125 = private unnamed_addr constant [12 x i8] c"g_675.f7.f1\00", align 1
@.str.126 = private unnamed_addr constant [12 x i8] c"g_675.f7.f2\00", align 1
@.str.127 = private unnamed_addr constant [12 x i8] c"g_675.f8.f0\00", align 1
@.str.128 = private unnamed_addr constant [12 x i8] c"g_675.f8.f1\00", align 1
@.str.129 = private unnamed_addr constant [12 x i8] c"g_675.f8.f2\00", align 1
@g_713 = internal global %struct.S2 { i32 -793772995, %struct.S0 <{ i64 -4366834087900713594, i16 1777, i16 -12174 }>, i64 -7, %struct.S0 <{ i64 1, i16 -6686, i16 1621 }>, i8 30, %struct.S0 <{ i64 8133318925492479572, i16 2901, i16 10448 }>, i64 7591394747460700478, %struct.S0 <{ i64 0, i16 17871, i16 1 }>, %struct.S0 <{ i64 -1, i16 -21348, i16 -24979 }> }, align 8
@.str.130 = private unnamed_addr constant [9 x i8] c"g_713.f0\00", align 1
@.str.131 = private unnamed_addr constant [12 x i8] c"g_713.f1.f0\00", align 1
@.str.132 = private unnamed_addr constant [12 x i8] c"g_713.f1.f1\00", align 1
@.str.133 = private unnamed_addr constant [12 x i8] c"g_713.f1.f2\00", align 1
@.str.134 = private unnamed_addr constant [9 x i8] c"g_713.f2\00", align 1
@.str.135 = private unnamed_addr constant [12 x i8] c"g_713.f3.f0\00", align 1
@.str.136 = private unnamed_addr constant [12 x i8] c"g_713.f3.f1\00", align 1
@.str.137 = private unnamed_addr constant [12 x i8] c"g_713.f3.f2\00", align 1
@.str.138 = private unnamed_addr constant [9 x i8] c"g_713.f4\00", align 1
@.str.139 = private unnamed_addr constant [12 x i8] c"g_713.f5.f0\00", align 1
@.str.140 = private unnamed_addr constant [12 x i8] c"g_713.f5.f1\00", align 1
@.str.141 = private unnamed_addr constant [12 x i8] c"g_713.f5.f2\00", align 1
@.str.142 = private unnamed_addr constant [9 x i8] c"g_713.f6\00", align 1
@.str.143 = private unnamed_addr constant [12 x i8] c"g_713.f7.f0\00", align 1
@.str.144 = private unnamed_addr constant [12 x i8] c"g_713.f7.f1\00", align 1
@.str.145 = private unnamed_addr constant [12 x i8] c"g_713.f7.f2\00", align 1
@.str.146 = private unnamed_addr constant [12 x i8] c"g_713.f8.f0\00", align 1
@.str.147 = private unnamed_addr constant [12 x i8] c"g_713.f8.f1\00", align 1
@.str.148 = private unnamed_addr constant [12 x i8] c"g_713.f8.f2\00", align 1
@g_718 = internal global %struct.S2 { i32 -1, %struct.S0 <{ i64 -9175725518782002469, i16 -1, i16 28600 }>, i64 -1, %struct.S0 <{ i64 6, i16 -6, i16 3 }>, i8 -112, %struct.S0 <{ i64 -3067538246626143661, i16 30096, i16 22208 }>, i64 -10, %struct.S0 <{ i64 -2752882532950199585, i16 1143, i16 25437 }>, %struct.S0 <{ i64 -3213652005857450173, i16 1, i16 6 }> }, align 8
@.str.149 = private unnamed_addr constant [9 x i8] c"g_718.f0\00", align 1
@.str.150 = private unnamed_addr constant [12 x i8] c"g_718.f1.f0\00", align 1
@.str.151 = private unnamed_addr constant [12 x i8] c"g_718.f1.f1\00", align 1
@.str.152 = private unnamed_addr constant [12 x i8] c"g_718.f1.f2\00", align 1
@.str.153 = private unnamed_addr constant [9 x i8] c"g_718.f2\00", align 1
@.str.154 = private unnamed_addr constant [12 x i8] c"g_718.f3.f0\00", align 1
@.str.155 = private unnamed_addr constant [12 x i8] c"g_718.f3.f1\00", align 1
@.str.156 = private unnamed_addr constant [12 x i8] c"g_718.f3.f2\00", align 1
@.str.157 = private unnamed_addr constant [9 x i8] c"g_718.f4\00", align 1
@.str.158 = private unnamed_addr constant [12 x i8] c"g_718.f5.f0\00", align 1
@.str.159 = private unnamed_addr constant [12 x i8] c"g_718.f5.f1\00", align 1
@.str.160 = private unnamed_addr constant [12 x i8] c"g_718.f5.f2\00", align 1
@.str.161 = private unnamed_addr constant [9 x i8] c"g_718.f6\00", align 1
@.str.162 = private unnamed_addr constant [12 x i8] c"g_718.f7.f0\00", align 1
@.str.163 = private unnamed_addr constant [12 x i8] c"g_718.f7.f1\00", align 1
@.str.164 = private unnamed_addr constant [12 x i8] c"g_718.f7.f2\00", align 1
@.str.165 = private unnamed_addr constant [12 x i8] c"g_718.f8.f0\00", align 1
@.str.166 = private unnamed_addr constant [12 x i8] c"g_718.f8.f1\00", align 1
@.str.167 = private unnamed_addr constant [12 x i8] c"g_718.f8.f2\00", align 1
@g_738 = internal global i64 6168613245318518155, align 8
@.str.168 = private unnamed_addr constant [6 x i8] c"g_738\00", align 1
@g_750 = internal constant %struct.S1 { i8 -3, i32 214649503, i16 -25291 }, align 4
@.str.169 = private unnamed_addr constant [9 x i8] c"g_750.f0\00", align 1
@.str.170 = private unnamed_addr constant [9 x i8] c"g_750.f1\00", align 1
@.str.171 = private unnamed_addr constant [9 x i8] c"g_750.f2\00", align 1
@g_763 = internal global i8 0, align 1
@.str.172 = private unnamed_addr constant [6 x i8] c"g_763\00", align 1
@g_852 = internal global %struct.S2 { i32 931432806, %struct.S0 <{ i64 -4444581043516731685, i16 0, i16 0 }>, i64 1, %struct.S0 <{ i64 -8066817378720955419, i16 4, i16 -10073 }>, i8 81, %struct.S0 <{ i64 2501307477217749673, i16 0, i16 -4131 }>, i64 7, %struct.S0 <{ i64 -1, i16 25721, i16 -7307 }>, %struct.S0 <{ i64 0, i16 6563, i16 10914 }> }, align 8
@.str.173 = private unnamed_addr constant [9 x i8] c"g_852.f0\00", align 1
@.str.174 = private unnamed_addr constant [12 x i8] c"g_852.f1.f0\00", align 1
@.str.175 = private unnamed_addr constant [12 x i8] c"g_852.f1.f1\00", align 1
@.str.176 = private unnamed_addr constant [12 x i8] c"g_852.f1.f2\00", align 1
@.str.177 = private unnamed_addr constant [9 x i8] c"g_852.f2\00", align 1
@.str.178 = private unnamed_addr constant [12 x i8] c"g_852.f3.f0\00", align 1
@.str.179 = private unnamed_addr constant [12 x i8] c"g_852.f3.f1\00", align 1
@.str.180 = private unnamed_addr constant [12 x i8] c"g_852.f3.f2\00", align 1
@.str.181 = private unnamed_addr constant [9 x i8] c"g_852.f4\00", align 1
@.str.182 = private unnamed_addr constant [12 x i8] c"g_852.f5.f0\00", align 1
@.str.183 = private unnamed_addr constant [12 x i8] c"g_852.f5.f1\00", align 1
@.str.184 = private unnamed_addr constant [12 x i8] c"g_852.f5.f2\00", align 1
@.str.185 = private unnamed_addr constant [9 x i8] c"g_852.f6\00", align 1
@.str.186 = private unnamed_addr constant [12 x i8] c"g_852.f7.f0\00", align 1
@.str.187 = private unnamed_addr constant [12 x i8] c"g_852.f7.f1\00", align 1
@.str.188 = private unnamed_addr constant [12 x i8] c"g_852.f7.f2\00", align 1
@.str.189 = private unnamed_addr constant [12 x i8] c"g_852.f8.f0\00", align 1
@.str.190 = private unnamed_addr constant [12 x i8] c"g_852.f8.f1\00", align 1
@.str.191 = private unnamed_addr constant [12 x i8] c"g_852.f8.f2\00", align 1
@g_891 = internal global [3 x [2 x [8 x i32]]] [[2 x [8 x i32]] [[8 x i32] [i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484], [8 x i32] [i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484]], [2 x [8 x i32]] [[8 x i32] [i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484], [8 x i32] [i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484]], [2 x [8 x i32]] [[8 x i32] [i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484], [8 x i32] [i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484, i32 -182303484]]], align 16
@.str.192 = private unnamed_addr constant [15 x i8] c"g_891[i][j][k]\00", align 1
@.str.193 = private unnamed_addr constant [22 x i8] c"index = [%d][%d][%d]\0A\00", align 1
@g_892 = internal global i32 -1, align 4
@.str.194 = private unnamed_addr constant [6 x i8] c"g_892\00", align 1
@g_893 = internal global i32 1, align 4
@.str.195 = private unnamed_addr constant [6 x i8] c"g_893\00", align 1
@g_894 = internal global i32 1, align 4
@.str.196 = private unnamed_addr constant [6 x i8] c"g_894\00", align 1
@g_895 = internal global i32 0, align 4
@.str.197 = private unnamed_addr constant [6 x i8] c"g_895\00", align 1
@g_896 = internal global i32 1945796192, align 4
@.str.198 = private unnamed_addr constant [6 x i8] c"g_896\00", align 1
@g_897 = internal global i32 1638755611, align 4
@.str.199 = private unnamed_addr constant [6 x i8] c"g_897\00", align 1
@g_898 = internal global i32 -843726916, align 4
@.str.200 = private unnamed_addr constant [6 x i8] c"g_898\00", align 1
@g_899 = internal global i32 1, align 4
@.str.201 = private unnamed_addr constant [6 x i8] c"g_899\00", align 1
@g_904 = internal global [5 x [7 x i32]] [[7 x i32] [i32 -1, i32 -828392598, i32 1486836829, i32 1486836829, i32 -828392598, i32 -1, i32 1], [7 x i32] [i32 4, i32 1486836829, i32 -10, i32 1, i32 -2115777803, i32 -1, i32 -1], [7 x i32] [i32 -378475138, i32 -2115777803, i32 -1, i32 -2115777803, i32 -378475138, i32 -1, i32 4], [7 x i32] [i32 1900232075, i32 1486836829, i32 -1, i32 -737146873, i32 -378475138, i32 4, i32 -378475138], [7 x i32] [i32 1, i32 -828392598, i32 -828392598, i32 1, i32 -2115777803, i32 -737146873, i32 1900232075]], align 16
@.str.202 = private unnamed_addr constant [12 x i8] c"g_904[i][j]\00", align 1
@g_931 = internal global [1 x i8] c"\09", align 1
@.str.203 = private unnamed_addr constant [9 x i8] c"g_931[i]\00", align 1
@g_934 = internal global i16 -9, align 2
@.str.204 = private unnamed_addr constant [6 x i8] c"g_934\00", align 1
@g_937 = internal global i8 0, align 1
@.str.205 = private unnamed_addr constant [6 x i8] c"g_937\00", align 1
@g_940 = internal global i16 1, align 2
@.str.206 = private unnamed_addr constant [6 x i8] c"g_940\00", align 1
@g_978 = internal constant %struct.S1 { i8 -11, i32 775716740, i16 -1972 }, align 4
@.str.207 = private unnamed_addr constant [9 x i8] c"g_978.f0\00", align 1
@.str.208 = private unnamed_addr constant [9 x i8] c"g_978.f1\00", align 1
@.str.209 = private unnamed_addr constant [9 x i8] c"g_978.f2\00", align 1
@g_999 = internal global %struct.S1 { i8 0, i32 -10, i16 -12468 }, align 4
@.str.210 = private unnamed_addr constant [9 x i8] c"g_999.f0\00", align 1
@.str.211 = private unnamed_addr constant [9 x i8] c"g_999.f1\00", align 1
@.str.212 = private unnamed_addr constant [9 x i8] c"g_999.f2\00", align 1
@g_1028 = internal constant %struct.S2 { i32 5, %struct.S0 <{ i64 0, i16 6846, i16 -7 }>, i64 8, %struct.S0 <{ i64 1, i16 0, i16 4500 }>, i8 -61, %struct.S0 <{ i64 2, i16 8749, i16 6586 }>, i64 4878298995364008590, %struct.S0 <{ i64 -5541301042961341569, i16 2722, i16 -10 }>, %struct.S0 <{ i64 2954311773987488381, i16 0, i16 0 }> }, align 8
@.str.213 = private unnamed_addr constant [10 x i8] c"g_1028.f0\00", align 1
@.str.214 = private unnamed_addr constant [13 x i8] c"g_1028.f1.f0\00", align 1
@.str.215 = private unnamed_addr constant [13 x i8] c"g_1028.f1.f1\00", align 1
@.str.216 = private unnamed_addr constant [13 x i8] c"g_1028.f1.f2\00", align 1
@.str.217 = private unnamed_addr constant [10 x i8] c"g_1028.f2\00", align 1
@.str.218 = private unnamed_addr constant [13 x i8] c"g_1028.f3.f0\00", align 1
@.str.219 = private unnamed_addr constant [13 x i8] c"g_1028.f3.f1\00", align 1
@.str.220 = private unnamed_addr constant [13 x i8] c"g_1028.f3.f2\00", align 1
@.str.221 = private unnamed_addr constant [10 x i8] c"g_1028.f4\00", align 1
@.str.222 = private unnamed_addr constant [13 x i8] c"g_1028.f5.f0\00", align 1
@.str.223 = private unnamed_addr constant [13 x i8] c"g_1028.f5.f1\00", align 1
@.str.224 = private unnamed_addr constant [13 x i8] c"g_1028.f5.f2\00", align 1
@.str.225 = private unnamed_addr constant [10 x i8] c"g_1028.f6\00", align 1
@.str.226 = private unnamed_addr constant [13 x i8] c"g_1028.f7.f0\00", align 1
@.str.227 = private unnamed_addr constant [13 x i8] c"g_1028.f7.f1\00", align 1
@.str.228 = private unnamed_addr constant [13 x i8] c"g_1028.f7.f2\00", align 1
@.str.229 = private unnamed_addr constant [13 x i8] c"g_1028.f8.f0\00", align 1
@.str.230 = private unnamed_addr constant [13 x i8] c"g_1028.f8.f1\00", align 1
@.str.231 = private unnamed_addr constant [13 x i8] c"g_1028.f8.f2\00", align 1
@g_1105 = internal constant %struct.S1 { i8 1, i32 3, i16 7006 }, align 4
@.str.232 = private unnamed_addr constant [10 x i8] c"g_1105.f0\00", align 1
@.str.233 = private unnamed_addr constant [10 x i8] c"g_1105.f1\00", align 1
@.str.234 = private unnamed_addr constant [10 x i8] c"g_1105.f2\00", align 1
@g_1165 = internal global i64 1, align 8
@.str.235 = private unnamed_addr constant [7 x i8] c"g_1165\00", align 1
@crc32_context = internal global i32 -1, align 4
@crc32_tab = internal global [256 x i32] zeroinitializer, align 16
@__const.func_1.l_1111 = private unnamed_addr constant [5 x [4 x i32]] [[4 x i32] [i32 2091545787, i32 2091545787, i32 -4, i32 -4], [4 x i32] [i32 2091545787, i32 2091545787, i32 -4, i32 -4], [4 x i32] [i32 2091545787, i32 2091545787, i32 -4, i32 -4], [4 x i32] [i32 2091545787, i32 2091545787, i32 -4, i32 -4], [4 x i32] [i32 2091545787, i32 2091545787, i32 -4, i32 -4]], align 16
@g_64 = internal global ptr getelementptr (i8, ptr @g_22, i64 4), align 8
@g_65 = internal global ptr getelementptr (i8, ptr @g_22, i64 36), align 8
@g_634 = internal global ptr @g_635, align 8
@g_994 = internal global ptr @g_64, align 8
@g_820 = internal global ptr @g_821, align 8
@__const.func_1.l_1108 = private unnamed_addr constant [6 x [1 x i32]] [[1 x i32] [i32 -4896639], [1 x i32] [i32 -4896639], [1 x i32] [i32 517482162], [1 x i32] [i32 -4896639], [1 x i32] [i32 -4896639], [1 x i32] [i32 517482162]], align 16
@__const.func_1.l_1162 = private unnamed_addr constant [5 x i32] [i32 -6, i32 -6, i32 -6, i32 -6, i32 -6], align 16
@g_635 = internal global ptr @g_20, align 8
@g_516 = internal global ptr @g_517, align 8
@g_196 = internal global ptr @g_197, align 8
@g_412 = internal global [8 x [1 x [10 x ptr]]] [[1 x [10 x ptr]] [[10 x ptr] [ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413]], [1 x [10 x ptr]] [[10 x ptr] [ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413]], [1 x [10 x ptr]] [[10 x ptr] [ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413]], [1 x [10 x ptr]] [[10 x ptr] [ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413]], [1 x [10 x ptr]] [[10 x ptr] [ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413]], [1 x [10 x ptr]] [[10 x ptr] [ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413]], [1 x [10 x ptr]] [[10 x ptr] [ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413]], [1 x [10 x ptr]] [[10 x ptr] [ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413, ptr @g_413]]], align 16
@g_259 = internal global ptr @g_64, align 8
@g_305 = internal global [7 x ptr] [ptr @g_306, ptr @g_306, ptr @g_306, ptr @g_306, ptr @g_306, ptr @g_306, ptr @g_306], align 16
@__const.func_23.l_1039 = private unnamed_addr constant [2 x [4 x i64]] [[4 x i64] [i64 -6, i64 -7264340793998392415, i64 -6, i64 -6], [4 x i64] [i64 -7264340793998392415, i64 -7264340793998392415, i64 2542037759223461779, i64 -7264340793998392415]], align 16
@g_306 = internal global [1 x [9 x ptr]] [[9 x ptr] [ptr @g_196, ptr null, ptr @g_196, ptr @g_196, ptr null, ptr @g_196, ptr @g_196, ptr null, ptr @g_196]], align 16
@__const.func_23.l_1094 = private unnamed_addr constant [6 x ptr] [ptr @g_20, ptr getelementptr (i8, ptr @g_718, i64 47), ptr getelementptr (i8, ptr @g_718, i64 47), ptr @g_20, ptr getelementptr (i8, ptr @g_718, i64 47), ptr getelementptr (i8, ptr @g_718, i64 47)], align 16
@g_297 = internal global ptr @g_298, align 8
@g_498 = internal global ptr @g_297, align 8
@g_244 = internal global ptr @g_241, align 8
@g_242 = internal global ptr @g_196, align 8
@g_194 = internal global ptr @g_195, align 8
@g_241 = internal global ptr @g_242, align 8
@__const.func_34.l_87 = private unnamed_addr constant [2 x [9 x ptr]] [[9 x ptr] [ptr @g_14, ptr null, ptr @g_20, ptr @g_14, ptr @g_20, ptr null, ptr @g_14, ptr @g_14, ptr @g_14], [9 x ptr] [ptr @g_14, ptr null, ptr @g_20, ptr @g_14, ptr @g_20, ptr null, ptr @g_14, ptr @g_14, ptr @g_14]], align 16
@__const.func_34.l_911 = private unnamed_addr constant %struct.S0 <{ i64 6932485646824937861, i16 -26259, i16 -9 }>, align 1
@g_993 = internal global ptr @g_994, align 8
@__const.func_34.l_1014 = private unnamed_addr constant [1 x [4 x i16]] [[4 x i16] [i16 -16609, i16 -16609, i16 -16609, i16 -16609]], align 2
@__const.func_34.l_1017 = private unnamed_addr constant [7 x [9 x ptr]] [[9 x ptr] [ptr getelementptr (i8, ptr @g_22, i64 16), ptr getelementptr (i8, ptr @g_904, i64 76), ptr getelementptr (i8, ptr @g_904, i64 60), ptr getelementptr (i8, ptr @g_22, i64 4), ptr getelementptr (i8, ptr @g_22, i64 4), ptr getelementptr (i8, ptr @g_904, i64 60), ptr getelementptr (i8, ptr @g_904, i64 76), ptr getelementptr (i8, ptr @g_22, i64 16), ptr getelementptr (i8, ptr @g_904, i64 120)], [9 x ptr] [ptr getelementptr (i8, ptr @g_22, i64 28), ptr getelementptr (i8, ptr @g_904, i64 136), ptr getelementptr (i8, ptr @g_904, i64 4), ptr getelementptr (i8, ptr @g_904, i64 44), ptr getelementptr (i8, ptr @g_22, i64 24), ptr getelementptr (i8, ptr @g_22, i64 16), ptr getelementptr (i8, ptr @g_22, i64 16), ptr getelementptr (i8, ptr @g_22, i64 24), ptr getelementptr (i8, ptr @g_904, i64 44)], [9 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_904, i64 72), ptr null, ptr null, ptr getelementptr (i8, ptr @g_904, i64 76), ptr getelementptr (i8, ptr @g_22, i64 4), ptr getelementptr (i8, ptr @g_22, i64 36), ptr getelementptr (i8, ptr @g_904, i64 120), ptr getelementptr (i8, ptr @g_904, i64 120)], [9 x ptr] [ptr getelementptr (i8, ptr @g_904, i64 120), ptr getelementptr (i8, ptr @g_22, i64 28), ptr getelementptr (i8, ptr @g_22, i64 8), ptr getelementptr (i8, ptr @g_22, i64 16), ptr getelementptr (i8, ptr @g_22, i64 8), ptr getelementptr (i8, ptr @g_22, i64 28), ptr getelementptr (i8, ptr @g_904, i64 120), ptr getelementptr (i8, ptr @g_904, i64 64), ptr getelementptr (i8, ptr @g_904, i64 4)], [9 x ptr] [ptr getelementptr (i8, ptr @g_22, i64 36), ptr getelementptr (i8, ptr @g_22, i64 4), ptr getelementptr (i8, ptr @g_904, i64 76), ptr null, ptr null, ptr getelementptr (i8, ptr @g_904, i64 72), ptr null, ptr null, ptr getelementptr (i8, ptr @g_904, i64 76)], [9 x ptr] [ptr getelementptr (i8, ptr @g_22, i64 16), ptr getelementptr (i8, ptr @g_22, i64 16), ptr getelementptr (i8, ptr @g_22, i64 24), ptr getelementptr (i8, ptr @g_904, i64 44), ptr getelementptr (i8, ptr @g_904, i64 4), ptr getelementptr (i8, ptr @g_904, i64 136), ptr getelementptr (i8, ptr @g_22, i64 28), ptr getelementptr (i8, ptr @g_904, i64 64), ptr getelementptr (i8, ptr @g_22, i64 28)], [9 x ptr] [ptr getelementptr (i8, ptr @g_904, i64 76), ptr getelementptr (i8, ptr @g_904, i64 60), ptr getelementptr (i8, ptr @g_22, i64 4), ptr getelementptr (i8, ptr @g_22, i64 4), ptr getelementptr (i8, ptr @g_904, i64 60), ptr getelementptr (i8, ptr @g_904, i64 76), ptr getelementptr (i8, ptr @g_22, i64 16), ptr getelementptr (i8, ptr @g_904, i64 120), ptr null]], align 16
@__const.func_44.l_52 = private unnamed_addr constant [10 x i32] [i32 -1, i32 1952452286, i32 1952452286, i32 -1, i32 1370157457, i32 -1, i32 1952452286, i32 1952452286, i32 -1, i32 1370157457], align 16
@g_821 = internal global [2 x ptr] [ptr @g_297, ptr @g_297], align 16
@g_517 = internal global ptr @g_269, align 8
@.str.236 = private unnamed_addr constant [36 x i8] c"...checksum after hashing %s : %lX\0A\00", align 1
@.str.237 = private unnamed_addr constant [15 x i8] c"checksum = %X\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 8
  store i32 0, ptr %9, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp eq i32 %10, 2
  br i1 %11, label %12, label %19

12:                                               ; preds = %2
  %13 = load ptr, ptr %5, align 8
  %14 = getelementptr inbounds ptr, ptr %13, i64 1
  %15 = load ptr, ptr %14, align 8
  %16 = call i32 @strcmp(ptr noundef %15, ptr noundef @.str) #5
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %18, label %19

18:                                               ; preds = %12
  store i32 1, ptr %9, align 4
  br label %19

19:                                               ; preds = %18, %12, %2
  call void @platform_main_begin()
  call void @crc32_gentab()
  %20 = call i64 @func_1()
  %21 = load i16, ptr @g_14, align 2
  %22 = zext i16 %21 to i64
  %23 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %22, ptr noundef @.str.1, i32 noundef %23)
  %24 = load i16, ptr @g_20, align 2
  %25 = zext i16 %24 to i64
  %26 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %25, ptr noundef @.str.2, i32 noundef %26)
  store i32 0, ptr %6, align 4
  br label %27

27:                                               ; preds = %43, %19
  %28 = load i32, ptr %6, align 4
  %29 = icmp slt i32 %28, 10
  br i1 %29, label %30, label %46

30:                                               ; preds = %27
  %31 = load i32, ptr %6, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [10 x i32], ptr @g_22, i64 0, i64 %32
  %34 = load i32, ptr %33, align 4
  %35 = sext i32 %34 to i64
  %36 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %35, ptr noundef @.str.3, i32 noundef %36)
  %37 = load i32, ptr %9, align 4
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %39, label %42

39:                                               ; preds = %30
  %40 = load i32, ptr %6, align 4
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %40)
  br label %42

42:                                               ; preds = %39, %30
  br label %43

43:                                               ; preds = %42
  %44 = load i32, ptr %6, align 4
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %6, align 4
  br label %27, !llvm.loop !6

46:                                               ; preds = %27
  store i32 0, ptr %6, align 4
  br label %47

47:                                               ; preds = %63, %46
  %48 = load i32, ptr %6, align 4
  %49 = icmp slt i32 %48, 4
  br i1 %49, label %50, label %66

50:                                               ; preds = %47
  %51 = load i32, ptr %6, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [4 x i8], ptr @g_66, i64 0, i64 %52
  %54 = load i8, ptr %53, align 1
  %55 = zext i8 %54 to i64
  %56 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %55, ptr noundef @.str.5, i32 noundef %56)
  %57 = load i32, ptr %9, align 4
  %58 = icmp ne i32 %57, 0
  br i1 %58, label %59, label %62

59:                                               ; preds = %50
  %60 = load i32, ptr %6, align 4
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %60)
  br label %62

62:                                               ; preds = %59, %50
  br label %63

63:                                               ; preds = %62
  %64 = load i32, ptr %6, align 4
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %6, align 4
  br label %47, !llvm.loop !8

66:                                               ; preds = %47
  %67 = load i64, ptr @g_103, align 8
  %68 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %67, ptr noundef @.str.6, i32 noundef %68)
  %69 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef -1, ptr noundef @.str.7, i32 noundef %69)
  %70 = load i64, ptr @g_149, align 8
  %71 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %70, ptr noundef @.str.8, i32 noundef %71)
  %72 = load volatile i64, ptr @g_195, align 8
  %73 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %72, ptr noundef @.str.9, i32 noundef %73)
  %74 = load i64, ptr @g_197, align 8
  %75 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %74, ptr noundef @.str.10, i32 noundef %75)
  %76 = load i32, ptr @g_210, align 4
  %77 = zext i32 %76 to i64
  %78 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %77, ptr noundef @.str.11, i32 noundef %78)
  %79 = load i8, ptr @g_213, align 1
  %80 = zext i8 %79 to i64
  %81 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %80, ptr noundef @.str.12, i32 noundef %81)
  %82 = load i64, ptr @g_262, align 1
  %83 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %82, ptr noundef @.str.13, i32 noundef %83)
  %84 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_262, i32 0, i32 1), align 1
  %85 = zext i16 %84 to i64
  %86 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %85, ptr noundef @.str.14, i32 noundef %86)
  %87 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_262, i32 0, i32 2), align 1
  %88 = zext i16 %87 to i64
  %89 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %88, ptr noundef @.str.15, i32 noundef %89)
  %90 = load i64, ptr @g_264, align 1
  %91 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %90, ptr noundef @.str.16, i32 noundef %91)
  %92 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_264, i32 0, i32 1), align 1
  %93 = zext i16 %92 to i64
  %94 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %93, ptr noundef @.str.17, i32 noundef %94)
  %95 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_264, i32 0, i32 2), align 1
  %96 = zext i16 %95 to i64
  %97 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %96, ptr noundef @.str.18, i32 noundef %97)
  %98 = load i64, ptr @g_269, align 1
  %99 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %98, ptr noundef @.str.19, i32 noundef %99)
  %100 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_269, i32 0, i32 1), align 1
  %101 = zext i16 %100 to i64
  %102 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %101, ptr noundef @.str.20, i32 noundef %102)
  %103 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_269, i32 0, i32 2), align 1
  %104 = zext i16 %103 to i64
  %105 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %104, ptr noundef @.str.21, i32 noundef %105)
  %106 = load volatile i8, ptr @g_270, align 4
  %107 = zext i8 %106 to i64
  %108 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %107, ptr noundef @.str.22, i32 noundef %108)
  %109 = load volatile i32, ptr getelementptr inbounds (%struct.S1, ptr @g_270, i32 0, i32 1), align 4
  %110 = zext i32 %109 to i64
  %111 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %110, ptr noundef @.str.23, i32 noundef %111)
  %112 = load volatile i16, ptr getelementptr inbounds (%struct.S1, ptr @g_270, i32 0, i32 2), align 4
  %113 = sext i16 %112 to i64
  %114 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %113, ptr noundef @.str.24, i32 noundef %114)
  %115 = load volatile i8, ptr @g_272, align 4
  %116 = zext i8 %115 to i64
  %117 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %116, ptr noundef @.str.25, i32 noundef %117)
  %118 = load volatile i32, ptr getelementptr inbounds (%struct.S1, ptr @g_272, i32 0, i32 1), align 4
  %119 = zext i32 %118 to i64
  %120 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %119, ptr noundef @.str.26, i32 noundef %120)
  %121 = load volatile i16, ptr getelementptr inbounds (%struct.S1, ptr @g_272, i32 0, i32 2), align 4
  %122 = sext i16 %121 to i64
  %123 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %122, ptr noundef @.str.27, i32 noundef %123)
  %124 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef -62, ptr noundef @.str.28, i32 noundef %124)
  %125 = load i8, ptr @g_298, align 1
  %126 = sext i8 %125 to i64
  %127 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %126, ptr noundef @.str.29, i32 noundef %127)
  store i32 0, ptr %6, align 4
  br label %128

128:                                              ; preds = %156, %66
  %129 = load i32, ptr %6, align 4
  %130 = icmp slt i32 %129, 10
  br i1 %130, label %131, label %159

131:                                              ; preds = %128
  store i32 0, ptr %7, align 4
  br label %132

132:                                              ; preds = %152, %131
  %133 = load i32, ptr %7, align 4
  %134 = icmp slt i32 %133, 5
  br i1 %134, label %135, label %155

135:                                              ; preds = %132
  %136 = load i32, ptr %6, align 4
  %137 = sext i32 %136 to i64
  %138 = getelementptr inbounds [10 x [5 x i16]], ptr @g_311, i64 0, i64 %137
  %139 = load i32, ptr %7, align 4
  %140 = sext i32 %139 to i64
  %141 = getelementptr inbounds [5 x i16], ptr %138, i64 0, i64 %140
  %142 = load i16, ptr %141, align 2
  %143 = zext i16 %142 to i64
  %144 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %143, ptr noundef @.str.30, i32 noundef %144)
  %145 = load i32, ptr %9, align 4
  %146 = icmp ne i32 %145, 0
  br i1 %146, label %147, label %151

147:                                              ; preds = %135
  %148 = load i32, ptr %6, align 4
  %149 = load i32, ptr %7, align 4
  %150 = call i32 (ptr, ...) @printf(ptr noundef @.str.31, i32 noundef %148, i32 noundef %149)
  br label %151

151:                                              ; preds = %147, %135
  br label %152

152:                                              ; preds = %151
  %153 = load i32, ptr %7, align 4
  %154 = add nsw i32 %153, 1
  store i32 %154, ptr %7, align 4
  br label %132, !llvm.loop !9

155:                                              ; preds = %132
  br label %156

156:                                              ; preds = %155
  %157 = load i32, ptr %6, align 4
  %158 = add nsw i32 %157, 1
  store i32 %158, ptr %6, align 4
  br label %128, !llvm.loop !10

159:                                              ; preds = %128
  %160 = load volatile i8, ptr @g_330, align 4
  %161 = zext i8 %160 to i64
  %162 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %161, ptr noundef @.str.32, i32 noundef %162)
  %163 = load volatile i32, ptr getelementptr inbounds (%struct.S1, ptr @g_330, i32 0, i32 1), align 4
  %164 = zext i32 %163 to i64
  %165 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %164, ptr noundef @.str.33, i32 noundef %165)
  %166 = load volatile i16, ptr getelementptr inbounds (%struct.S1, ptr @g_330, i32 0, i32 2), align 4
  %167 = sext i16 %166 to i64
  %168 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %167, ptr noundef @.str.34, i32 noundef %168)
  %169 = load i16, ptr @g_363, align 2
  %170 = zext i16 %169 to i64
  %171 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %170, ptr noundef @.str.35, i32 noundef %171)
  %172 = load i32, ptr @g_366, align 8
  %173 = zext i32 %172 to i64
  %174 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %173, ptr noundef @.str.36, i32 noundef %174)
  %175 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 1), align 4
  %176 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %175, ptr noundef @.str.37, i32 noundef %176)
  %177 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 1), i32 0, i32 1), align 4
  %178 = zext i16 %177 to i64
  %179 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %178, ptr noundef @.str.38, i32 noundef %179)
  %180 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 1), i32 0, i32 2), align 2
  %181 = zext i16 %180 to i64
  %182 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %181, ptr noundef @.str.39, i32 noundef %182)
  %183 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 2), align 8
  %184 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %183, ptr noundef @.str.40, i32 noundef %184)
  %185 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 3), align 8
  %186 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %185, ptr noundef @.str.41, i32 noundef %186)
  %187 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 3), i32 0, i32 1), align 8
  %188 = zext i16 %187 to i64
  %189 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %188, ptr noundef @.str.42, i32 noundef %189)
  %190 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 3), i32 0, i32 2), align 2
  %191 = zext i16 %190 to i64
  %192 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %191, ptr noundef @.str.43, i32 noundef %192)
  %193 = load volatile i8, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 4), align 4
  %194 = zext i8 %193 to i64
  %195 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %194, ptr noundef @.str.44, i32 noundef %195)
  %196 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 5), align 1
  %197 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %196, ptr noundef @.str.45, i32 noundef %197)
  %198 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 5), i32 0, i32 1), align 1
  %199 = zext i16 %198 to i64
  %200 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %199, ptr noundef @.str.46, i32 noundef %200)
  %201 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 5), i32 0, i32 2), align 1
  %202 = zext i16 %201 to i64
  %203 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %202, ptr noundef @.str.47, i32 noundef %203)
  %204 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 6), align 8
  %205 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %204, ptr noundef @.str.48, i32 noundef %205)
  %206 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 7), align 8
  %207 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %206, ptr noundef @.str.49, i32 noundef %207)
  %208 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 7), i32 0, i32 1), align 8
  %209 = zext i16 %208 to i64
  %210 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %209, ptr noundef @.str.50, i32 noundef %210)
  %211 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 7), i32 0, i32 2), align 2
  %212 = zext i16 %211 to i64
  %213 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %212, ptr noundef @.str.51, i32 noundef %213)
  %214 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 8), align 4
  %215 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %214, ptr noundef @.str.52, i32 noundef %215)
  %216 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 8), i32 0, i32 1), align 4
  %217 = zext i16 %216 to i64
  %218 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %217, ptr noundef @.str.53, i32 noundef %218)
  %219 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 8), i32 0, i32 2), align 2
  %220 = zext i16 %219 to i64
  %221 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %220, ptr noundef @.str.54, i32 noundef %221)
  %222 = load i32, ptr @g_413, align 4
  %223 = sext i32 %222 to i64
  %224 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %223, ptr noundef @.str.55, i32 noundef %224)
  %225 = load i8, ptr @g_440, align 4
  %226 = zext i8 %225 to i64
  %227 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %226, ptr noundef @.str.56, i32 noundef %227)
  %228 = load i32, ptr getelementptr inbounds (%struct.S1, ptr @g_440, i32 0, i32 1), align 4
  %229 = zext i32 %228 to i64
  %230 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %229, ptr noundef @.str.57, i32 noundef %230)
  %231 = load volatile i16, ptr getelementptr inbounds (%struct.S1, ptr @g_440, i32 0, i32 2), align 4
  %232 = sext i16 %231 to i64
  %233 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %232, ptr noundef @.str.58, i32 noundef %233)
  %234 = load volatile i8, ptr @g_453, align 4
  %235 = zext i8 %234 to i64
  %236 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %235, ptr noundef @.str.59, i32 noundef %236)
  %237 = load volatile i32, ptr getelementptr inbounds (%struct.S1, ptr @g_453, i32 0, i32 1), align 4
  %238 = zext i32 %237 to i64
  %239 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %238, ptr noundef @.str.60, i32 noundef %239)
  %240 = load volatile i16, ptr getelementptr inbounds (%struct.S1, ptr @g_453, i32 0, i32 2), align 4
  %241 = sext i16 %240 to i64
  %242 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %241, ptr noundef @.str.61, i32 noundef %242)
  %243 = load i32, ptr @g_480, align 8
  %244 = zext i32 %243 to i64
  %245 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %244, ptr noundef @.str.62, i32 noundef %245)
  %246 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 1), align 4
  %247 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %246, ptr noundef @.str.63, i32 noundef %247)
  %248 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 1), i32 0, i32 1), align 4
  %249 = zext i16 %248 to i64
  %250 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %249, ptr noundef @.str.64, i32 noundef %250)
  %251 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 1), i32 0, i32 2), align 2
  %252 = zext i16 %251 to i64
  %253 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %252, ptr noundef @.str.65, i32 noundef %253)
  %254 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 2), align 8
  %255 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %254, ptr noundef @.str.66, i32 noundef %255)
  %256 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 3), align 8
  %257 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %256, ptr noundef @.str.67, i32 noundef %257)
  %258 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 3), i32 0, i32 1), align 8
  %259 = zext i16 %258 to i64
  %260 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %259, ptr noundef @.str.68, i32 noundef %260)
  %261 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 3), i32 0, i32 2), align 2
  %262 = zext i16 %261 to i64
  %263 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %262, ptr noundef @.str.69, i32 noundef %263)
  %264 = load volatile i8, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 4), align 4
  %265 = zext i8 %264 to i64
  %266 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %265, ptr noundef @.str.70, i32 noundef %266)
  %267 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 5), align 1
  %268 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %267, ptr noundef @.str.71, i32 noundef %268)
  %269 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 5), i32 0, i32 1), align 1
  %270 = zext i16 %269 to i64
  %271 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %270, ptr noundef @.str.72, i32 noundef %271)
  %272 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 5), i32 0, i32 2), align 1
  %273 = zext i16 %272 to i64
  %274 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %273, ptr noundef @.str.73, i32 noundef %274)
  %275 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 6), align 8
  %276 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %275, ptr noundef @.str.74, i32 noundef %276)
  %277 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 7), align 8
  %278 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %277, ptr noundef @.str.75, i32 noundef %278)
  %279 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 7), i32 0, i32 1), align 8
  %280 = zext i16 %279 to i64
  %281 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %280, ptr noundef @.str.76, i32 noundef %281)
  %282 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 7), i32 0, i32 2), align 2
  %283 = zext i16 %282 to i64
  %284 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %283, ptr noundef @.str.77, i32 noundef %284)
  %285 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 8), align 4
  %286 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %285, ptr noundef @.str.78, i32 noundef %286)
  %287 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 8), i32 0, i32 1), align 4
  %288 = zext i16 %287 to i64
  %289 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %288, ptr noundef @.str.79, i32 noundef %289)
  %290 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 8), i32 0, i32 2), align 2
  %291 = zext i16 %290 to i64
  %292 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %291, ptr noundef @.str.80, i32 noundef %292)
  %293 = load i8, ptr @g_605, align 4
  %294 = zext i8 %293 to i64
  %295 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %294, ptr noundef @.str.81, i32 noundef %295)
  %296 = load i32, ptr getelementptr inbounds (%struct.S1, ptr @g_605, i32 0, i32 1), align 4
  %297 = zext i32 %296 to i64
  %298 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %297, ptr noundef @.str.82, i32 noundef %298)
  %299 = load volatile i16, ptr getelementptr inbounds (%struct.S1, ptr @g_605, i32 0, i32 2), align 4
  %300 = sext i16 %299 to i64
  %301 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %300, ptr noundef @.str.83, i32 noundef %301)
  %302 = load i8, ptr @g_627, align 4
  %303 = zext i8 %302 to i64
  %304 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %303, ptr noundef @.str.84, i32 noundef %304)
  %305 = load i32, ptr getelementptr inbounds (%struct.S1, ptr @g_627, i32 0, i32 1), align 4
  %306 = zext i32 %305 to i64
  %307 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %306, ptr noundef @.str.85, i32 noundef %307)
  %308 = load volatile i16, ptr getelementptr inbounds (%struct.S1, ptr @g_627, i32 0, i32 2), align 4
  %309 = sext i16 %308 to i64
  %310 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %309, ptr noundef @.str.86, i32 noundef %310)
  %311 = load volatile i8, ptr @g_636, align 4
  %312 = zext i8 %311 to i64
  %313 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %312, ptr noundef @.str.87, i32 noundef %313)
  %314 = load volatile i32, ptr getelementptr inbounds (%struct.S1, ptr @g_636, i32 0, i32 1), align 4
  %315 = zext i32 %314 to i64
  %316 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %315, ptr noundef @.str.88, i32 noundef %316)
  %317 = load volatile i16, ptr getelementptr inbounds (%struct.S1, ptr @g_636, i32 0, i32 2), align 4
  %318 = sext i16 %317 to i64
  %319 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %318, ptr noundef @.str.89, i32 noundef %319)
  %320 = load i64, ptr @g_664, align 8
  %321 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %320, ptr noundef @.str.90, i32 noundef %321)
  %322 = load i32, ptr @g_673, align 8
  %323 = zext i32 %322 to i64
  %324 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %323, ptr noundef @.str.91, i32 noundef %324)
  %325 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 1), align 4
  %326 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %325, ptr noundef @.str.92, i32 noundef %326)
  %327 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 1), i32 0, i32 1), align 4
  %328 = zext i16 %327 to i64
  %329 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %328, ptr noundef @.str.93, i32 noundef %329)
  %330 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 1), i32 0, i32 2), align 2
  %331 = zext i16 %330 to i64
  %332 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %331, ptr noundef @.str.94, i32 noundef %332)
  %333 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 2), align 8
  %334 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %333, ptr noundef @.str.95, i32 noundef %334)
  %335 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 3), align 8
  %336 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %335, ptr noundef @.str.96, i32 noundef %336)
  %337 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 3), i32 0, i32 1), align 8
  %338 = zext i16 %337 to i64
  %339 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %338, ptr noundef @.str.97, i32 noundef %339)
  %340 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 3), i32 0, i32 2), align 2
  %341 = zext i16 %340 to i64
  %342 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %341, ptr noundef @.str.98, i32 noundef %342)
  %343 = load volatile i8, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 4), align 4
  %344 = zext i8 %343 to i64
  %345 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %344, ptr noundef @.str.99, i32 noundef %345)
  %346 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 5), align 1
  %347 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %346, ptr noundef @.str.100, i32 noundef %347)
  %348 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 5), i32 0, i32 1), align 1
  %349 = zext i16 %348 to i64
  %350 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %349, ptr noundef @.str.101, i32 noundef %350)
  %351 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 5), i32 0, i32 2), align 1
  %352 = zext i16 %351 to i64
  %353 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %352, ptr noundef @.str.102, i32 noundef %353)
  %354 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 6), align 8
  %355 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %354, ptr noundef @.str.103, i32 noundef %355)
  %356 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 7), align 8
  %357 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %356, ptr noundef @.str.104, i32 noundef %357)
  %358 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 7), i32 0, i32 1), align 8
  %359 = zext i16 %358 to i64
  %360 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %359, ptr noundef @.str.105, i32 noundef %360)
  %361 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 7), i32 0, i32 2), align 2
  %362 = zext i16 %361 to i64
  %363 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %362, ptr noundef @.str.106, i32 noundef %363)
  %364 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 8), align 4
  %365 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %364, ptr noundef @.str.107, i32 noundef %365)
  %366 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 8), i32 0, i32 1), align 4
  %367 = zext i16 %366 to i64
  %368 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %367, ptr noundef @.str.108, i32 noundef %368)
  %369 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 8), i32 0, i32 2), align 2
  %370 = zext i16 %369 to i64
  %371 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %370, ptr noundef @.str.109, i32 noundef %371)
  store i32 0, ptr %6, align 4
  br label %372

372:                                              ; preds = %388, %159
  %373 = load i32, ptr %6, align 4
  %374 = icmp slt i32 %373, 10
  br i1 %374, label %375, label %391

375:                                              ; preds = %372
  %376 = load i32, ptr %6, align 4
  %377 = sext i32 %376 to i64
  %378 = getelementptr inbounds [10 x i8], ptr @g_674, i64 0, i64 %377
  %379 = load i8, ptr %378, align 1
  %380 = zext i8 %379 to i64
  %381 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %380, ptr noundef @.str.110, i32 noundef %381)
  %382 = load i32, ptr %9, align 4
  %383 = icmp ne i32 %382, 0
  br i1 %383, label %384, label %387

384:                                              ; preds = %375
  %385 = load i32, ptr %6, align 4
  %386 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %385)
  br label %387

387:                                              ; preds = %384, %375
  br label %388

388:                                              ; preds = %387
  %389 = load i32, ptr %6, align 4
  %390 = add nsw i32 %389, 1
  store i32 %390, ptr %6, align 4
  br label %372, !llvm.loop !11

391:                                              ; preds = %372
  %392 = load i32, ptr @g_675, align 8
  %393 = zext i32 %392 to i64
  %394 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %393, ptr noundef @.str.111, i32 noundef %394)
  %395 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 1), align 4
  %396 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %395, ptr noundef @.str.112, i32 noundef %396)
  %397 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 1), i32 0, i32 1), align 4
  %398 = zext i16 %397 to i64
  %399 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %398, ptr noundef @.str.113, i32 noundef %399)
  %400 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 1), i32 0, i32 2), align 2
  %401 = zext i16 %400 to i64
  %402 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %401, ptr noundef @.str.114, i32 noundef %402)
  %403 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 2), align 8
  %404 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %403, ptr noundef @.str.115, i32 noundef %404)
  %405 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 3), align 8
  %406 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %405, ptr noundef @.str.116, i32 noundef %406)
  %407 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 3), i32 0, i32 1), align 8
  %408 = zext i16 %407 to i64
  %409 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %408, ptr noundef @.str.117, i32 noundef %409)
  %410 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 3), i32 0, i32 2), align 2
  %411 = zext i16 %410 to i64
  %412 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %411, ptr noundef @.str.118, i32 noundef %412)
  %413 = load volatile i8, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 4), align 4
  %414 = zext i8 %413 to i64
  %415 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %414, ptr noundef @.str.119, i32 noundef %415)
  %416 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 5), align 1
  %417 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %416, ptr noundef @.str.120, i32 noundef %417)
  %418 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 5), i32 0, i32 1), align 1
  %419 = zext i16 %418 to i64
  %420 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %419, ptr noundef @.str.121, i32 noundef %420)
  %421 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 5), i32 0, i32 2), align 1
  %422 = zext i16 %421 to i64
  %423 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %422, ptr noundef @.str.122, i32 noundef %423)
  %424 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 6), align 8
  %425 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %424, ptr noundef @.str.123, i32 noundef %425)
  %426 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 7), align 8
  %427 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %426, ptr noundef @.str.124, i32 noundef %427)
  %428 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 7), i32 0, i32 1), align 8
  %429 = zext i16 %428 to i64
  %430 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %429, ptr noundef @.str.125, i32 noundef %430)
  %431 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 7), i32 0, i32 2), align 2
  %432 = zext i16 %431 to i64
  %433 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %432, ptr noundef @.str.126, i32 noundef %433)
  %434 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 8), align 4
  %435 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %434, ptr noundef @.str.127, i32 noundef %435)
  %436 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 8), i32 0, i32 1), align 4
  %437 = zext i16 %436 to i64
  %438 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %437, ptr noundef @.str.128, i32 noundef %438)
  %439 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 8), i32 0, i32 2), align 2
  %440 = zext i16 %439 to i64
  %441 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %440, ptr noundef @.str.129, i32 noundef %441)
  %442 = load volatile i32, ptr @g_713, align 8
  %443 = zext i32 %442 to i64
  %444 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %443, ptr noundef @.str.130, i32 noundef %444)
  %445 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_713, i32 0, i32 1), align 4
  %446 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %445, ptr noundef @.str.131, i32 noundef %446)
  %447 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_713, i32 0, i32 1), i32 0, i32 1), align 4
  %448 = zext i16 %447 to i64
  %449 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %448, ptr noundef @.str.132, i32 noundef %449)
  %450 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_713, i32 0, i32 1), i32 0, i32 2), align 2
  %451 = zext i16 %450 to i64
  %452 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %451, ptr noundef @.str.133, i32 noundef %452)
  %453 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_713, i32 0, i32 2), align 8
  %454 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %453, ptr noundef @.str.134, i32 noundef %454)
  %455 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_713, i32 0, i32 3), align 8
  %456 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %455, ptr noundef @.str.135, i32 noundef %456)
  %457 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_713, i32 0, i32 3), i32 0, i32 1), align 8
  %458 = zext i16 %457 to i64
  %459 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %458, ptr noundef @.str.136, i32 noundef %459)
  %460 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_713, i32 0, i32 3), i32 0, i32 2), align 2
  %461 = zext i16 %460 to i64
  %462 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %461, ptr noundef @.str.137, i32 noundef %462)
  %463 = load volatile i8, ptr getelementptr inbounds (%struct.S2, ptr @g_713, i32 0, i32 4), align 4
  %464 = zext i8 %463 to i64
  %465 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %464, ptr noundef @.str.138, i32 noundef %465)
  %466 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_713, i32 0, i32 5), align 1
  %467 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %466, ptr noundef @.str.139, i32 noundef %467)
  %468 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_713, i32 0, i32 5), i32 0, i32 1), align 1
  %469 = zext i16 %468 to i64
  %470 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %469, ptr noundef @.str.140, i32 noundef %470)
  %471 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_713, i32 0, i32 5), i32 0, i32 2), align 1
  %472 = zext i16 %471 to i64
  %473 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %472, ptr noundef @.str.141, i32 noundef %473)
  %474 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_713, i32 0, i32 6), align 8
  %475 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %474, ptr noundef @.str.142, i32 noundef %475)
  %476 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_713, i32 0, i32 7), align 8
  %477 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %476, ptr noundef @.str.143, i32 noundef %477)
  %478 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_713, i32 0, i32 7), i32 0, i32 1), align 8
  %479 = zext i16 %478 to i64
  %480 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %479, ptr noundef @.str.144, i32 noundef %480)
  %481 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_713, i32 0, i32 7), i32 0, i32 2), align 2
  %482 = zext i16 %481 to i64
  %483 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %482, ptr noundef @.str.145, i32 noundef %483)
  %484 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_713, i32 0, i32 8), align 4
  %485 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %484, ptr noundef @.str.146, i32 noundef %485)
  %486 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_713, i32 0, i32 8), i32 0, i32 1), align 4
  %487 = zext i16 %486 to i64
  %488 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %487, ptr noundef @.str.147, i32 noundef %488)
  %489 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_713, i32 0, i32 8), i32 0, i32 2), align 2
  %490 = zext i16 %489 to i64
  %491 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %490, ptr noundef @.str.148, i32 noundef %491)
  %492 = load i32, ptr @g_718, align 8
  %493 = zext i32 %492 to i64
  %494 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %493, ptr noundef @.str.149, i32 noundef %494)
  %495 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 1), align 4
  %496 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %495, ptr noundef @.str.150, i32 noundef %496)
  %497 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 1), i32 0, i32 1), align 4
  %498 = zext i16 %497 to i64
  %499 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %498, ptr noundef @.str.151, i32 noundef %499)
  %500 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 1), i32 0, i32 2), align 2
  %501 = zext i16 %500 to i64
  %502 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %501, ptr noundef @.str.152, i32 noundef %502)
  %503 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 2), align 8
  %504 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %503, ptr noundef @.str.153, i32 noundef %504)
  %505 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 3), align 8
  %506 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %505, ptr noundef @.str.154, i32 noundef %506)
  %507 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 3), i32 0, i32 1), align 8
  %508 = zext i16 %507 to i64
  %509 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %508, ptr noundef @.str.155, i32 noundef %509)
  %510 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 3), i32 0, i32 2), align 2
  %511 = zext i16 %510 to i64
  %512 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %511, ptr noundef @.str.156, i32 noundef %512)
  %513 = load volatile i8, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 4), align 4
  %514 = zext i8 %513 to i64
  %515 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %514, ptr noundef @.str.157, i32 noundef %515)
  %516 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 5), align 1
  %517 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %516, ptr noundef @.str.158, i32 noundef %517)
  %518 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 5), i32 0, i32 1), align 1
  %519 = zext i16 %518 to i64
  %520 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %519, ptr noundef @.str.159, i32 noundef %520)
  %521 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 5), i32 0, i32 2), align 1
  %522 = zext i16 %521 to i64
  %523 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %522, ptr noundef @.str.160, i32 noundef %523)
  %524 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 6), align 8
  %525 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %524, ptr noundef @.str.161, i32 noundef %525)
  %526 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 7), align 8
  %527 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %526, ptr noundef @.str.162, i32 noundef %527)
  %528 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 7), i32 0, i32 1), align 8
  %529 = zext i16 %528 to i64
  %530 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %529, ptr noundef @.str.163, i32 noundef %530)
  %531 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 7), i32 0, i32 2), align 2
  %532 = zext i16 %531 to i64
  %533 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %532, ptr noundef @.str.164, i32 noundef %533)
  %534 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 8), align 4
  %535 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %534, ptr noundef @.str.165, i32 noundef %535)
  %536 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 8), i32 0, i32 1), align 4
  %537 = zext i16 %536 to i64
  %538 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %537, ptr noundef @.str.166, i32 noundef %538)
  %539 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 8), i32 0, i32 2), align 2
  %540 = zext i16 %539 to i64
  %541 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %540, ptr noundef @.str.167, i32 noundef %541)
  %542 = load i64, ptr @g_738, align 8
  %543 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %542, ptr noundef @.str.168, i32 noundef %543)
  %544 = load volatile i8, ptr @g_750, align 4
  %545 = zext i8 %544 to i64
  %546 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %545, ptr noundef @.str.169, i32 noundef %546)
  %547 = load volatile i32, ptr getelementptr inbounds (%struct.S1, ptr @g_750, i32 0, i32 1), align 4
  %548 = zext i32 %547 to i64
  %549 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %548, ptr noundef @.str.170, i32 noundef %549)
  %550 = load volatile i16, ptr getelementptr inbounds (%struct.S1, ptr @g_750, i32 0, i32 2), align 4
  %551 = sext i16 %550 to i64
  %552 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %551, ptr noundef @.str.171, i32 noundef %552)
  %553 = load volatile i8, ptr @g_763, align 1
  %554 = zext i8 %553 to i64
  %555 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %554, ptr noundef @.str.172, i32 noundef %555)
  %556 = load i32, ptr @g_852, align 8
  %557 = zext i32 %556 to i64
  %558 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %557, ptr noundef @.str.173, i32 noundef %558)
  %559 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 1), align 4
  %560 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %559, ptr noundef @.str.174, i32 noundef %560)
  %561 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 1), i32 0, i32 1), align 4
  %562 = zext i16 %561 to i64
  %563 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %562, ptr noundef @.str.175, i32 noundef %563)
  %564 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 1), i32 0, i32 2), align 2
  %565 = zext i16 %564 to i64
  %566 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %565, ptr noundef @.str.176, i32 noundef %566)
  %567 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 2), align 8
  %568 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %567, ptr noundef @.str.177, i32 noundef %568)
  %569 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 3), align 8
  %570 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %569, ptr noundef @.str.178, i32 noundef %570)
  %571 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 3), i32 0, i32 1), align 8
  %572 = zext i16 %571 to i64
  %573 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %572, ptr noundef @.str.179, i32 noundef %573)
  %574 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 3), i32 0, i32 2), align 2
  %575 = zext i16 %574 to i64
  %576 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %575, ptr noundef @.str.180, i32 noundef %576)
  %577 = load volatile i8, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 4), align 4
  %578 = zext i8 %577 to i64
  %579 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %578, ptr noundef @.str.181, i32 noundef %579)
  %580 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 5), align 1
  %581 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %580, ptr noundef @.str.182, i32 noundef %581)
  %582 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 5), i32 0, i32 1), align 1
  %583 = zext i16 %582 to i64
  %584 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %583, ptr noundef @.str.183, i32 noundef %584)
  %585 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 5), i32 0, i32 2), align 1
  %586 = zext i16 %585 to i64
  %587 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %586, ptr noundef @.str.184, i32 noundef %587)
  %588 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 6), align 8
  %589 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %588, ptr noundef @.str.185, i32 noundef %589)
  %590 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 7), align 8
  %591 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %590, ptr noundef @.str.186, i32 noundef %591)
  %592 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 7), i32 0, i32 1), align 8
  %593 = zext i16 %592 to i64
  %594 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %593, ptr noundef @.str.187, i32 noundef %594)
  %595 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 7), i32 0, i32 2), align 2
  %596 = zext i16 %595 to i64
  %597 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %596, ptr noundef @.str.188, i32 noundef %597)
  %598 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 8), align 4
  %599 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %598, ptr noundef @.str.189, i32 noundef %599)
  %600 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 8), i32 0, i32 1), align 4
  %601 = zext i16 %600 to i64
  %602 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %601, ptr noundef @.str.190, i32 noundef %602)
  %603 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 8), i32 0, i32 2), align 2
  %604 = zext i16 %603 to i64
  %605 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %604, ptr noundef @.str.191, i32 noundef %605)
  store i32 0, ptr %6, align 4
  br label %606

606:                                              ; preds = %646, %391
  %607 = load i32, ptr %6, align 4
  %608 = icmp slt i32 %607, 3
  br i1 %608, label %609, label %649

609:                                              ; preds = %606
  store i32 0, ptr %7, align 4
  br label %610

610:                                              ; preds = %642, %609
  %611 = load i32, ptr %7, align 4
  %612 = icmp slt i32 %611, 2
  br i1 %612, label %613, label %645

613:                                              ; preds = %610
  store i32 0, ptr %8, align 4
  br label %614

614:                                              ; preds = %638, %613
  %615 = load i32, ptr %8, align 4
  %616 = icmp slt i32 %615, 8
  br i1 %616, label %617, label %641

617:                                              ; preds = %614
  %618 = load i32, ptr %6, align 4
  %619 = sext i32 %618 to i64
  %620 = getelementptr inbounds [3 x [2 x [8 x i32]]], ptr @g_891, i64 0, i64 %619
  %621 = load i32, ptr %7, align 4
  %622 = sext i32 %621 to i64
  %623 = getelementptr inbounds [2 x [8 x i32]], ptr %620, i64 0, i64 %622
  %624 = load i32, ptr %8, align 4
  %625 = sext i32 %624 to i64
  %626 = getelementptr inbounds [8 x i32], ptr %623, i64 0, i64 %625
  %627 = load i32, ptr %626, align 4
  %628 = sext i32 %627 to i64
  %629 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %628, ptr noundef @.str.192, i32 noundef %629)
  %630 = load i32, ptr %9, align 4
  %631 = icmp ne i32 %630, 0
  br i1 %631, label %632, label %637

632:                                              ; preds = %617
  %633 = load i32, ptr %6, align 4
  %634 = load i32, ptr %7, align 4
  %635 = load i32, ptr %8, align 4
  %636 = call i32 (ptr, ...) @printf(ptr noundef @.str.193, i32 noundef %633, i32 noundef %634, i32 noundef %635)
  br label %637

637:                                              ; preds = %632, %617
  br label %638

638:                                              ; preds = %637
  %639 = load i32, ptr %8, align 4
  %640 = add nsw i32 %639, 1
  store i32 %640, ptr %8, align 4
  br label %614, !llvm.loop !12

641:                                              ; preds = %614
  br label %642

642:                                              ; preds = %641
  %643 = load i32, ptr %7, align 4
  %644 = add nsw i32 %643, 1
  store i32 %644, ptr %7, align 4
  br label %610, !llvm.loop !13

645:                                              ; preds = %610
  br label %646

646:                                              ; preds = %645
  %647 = load i32, ptr %6, align 4
  %648 = add nsw i32 %647, 1
  store i32 %648, ptr %6, align 4
  br label %606, !llvm.loop !14

649:                                              ; preds = %606
  %650 = load i32, ptr @g_892, align 4
  %651 = sext i32 %650 to i64
  %652 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %651, ptr noundef @.str.194, i32 noundef %652)
  %653 = load i32, ptr @g_893, align 4
  %654 = sext i32 %653 to i64
  %655 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %654, ptr noundef @.str.195, i32 noundef %655)
  %656 = load i32, ptr @g_894, align 4
  %657 = sext i32 %656 to i64
  %658 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %657, ptr noundef @.str.196, i32 noundef %658)
  %659 = load i32, ptr @g_895, align 4
  %660 = sext i32 %659 to i64
  %661 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %660, ptr noundef @.str.197, i32 noundef %661)
  %662 = load i32, ptr @g_896, align 4
  %663 = sext i32 %662 to i64
  %664 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %663, ptr noundef @.str.198, i32 noundef %664)
  %665 = load i32, ptr @g_897, align 4
  %666 = sext i32 %665 to i64
  %667 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %666, ptr noundef @.str.199, i32 noundef %667)
  %668 = load i32, ptr @g_898, align 4
  %669 = sext i32 %668 to i64
  %670 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %669, ptr noundef @.str.200, i32 noundef %670)
  %671 = load i32, ptr @g_899, align 4
  %672 = sext i32 %671 to i64
  %673 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %672, ptr noundef @.str.201, i32 noundef %673)
  store i32 0, ptr %6, align 4
  br label %674

674:                                              ; preds = %702, %649
  %675 = load i32, ptr %6, align 4
  %676 = icmp slt i32 %675, 5
  br i1 %676, label %677, label %705

677:                                              ; preds = %674
  store i32 0, ptr %7, align 4
  br label %678

678:                                              ; preds = %698, %677
  %679 = load i32, ptr %7, align 4
  %680 = icmp slt i32 %679, 7
  br i1 %680, label %681, label %701

681:                                              ; preds = %678
  %682 = load i32, ptr %6, align 4
  %683 = sext i32 %682 to i64
  %684 = getelementptr inbounds [5 x [7 x i32]], ptr @g_904, i64 0, i64 %683
  %685 = load i32, ptr %7, align 4
  %686 = sext i32 %685 to i64
  %687 = getelementptr inbounds [7 x i32], ptr %684, i64 0, i64 %686
  %688 = load i32, ptr %687, align 4
  %689 = sext i32 %688 to i64
  %690 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %689, ptr noundef @.str.202, i32 noundef %690)
  %691 = load i32, ptr %9, align 4
  %692 = icmp ne i32 %691, 0
  br i1 %692, label %693, label %697

693:                                              ; preds = %681
  %694 = load i32, ptr %6, align 4
  %695 = load i32, ptr %7, align 4
  %696 = call i32 (ptr, ...) @printf(ptr noundef @.str.31, i32 noundef %694, i32 noundef %695)
  br label %697

697:                                              ; preds = %693, %681
  br label %698

698:                                              ; preds = %697
  %699 = load i32, ptr %7, align 4
  %700 = add nsw i32 %699, 1
  store i32 %700, ptr %7, align 4
  br label %678, !llvm.loop !15

701:                                              ; preds = %678
  br label %702

702:                                              ; preds = %701
  %703 = load i32, ptr %6, align 4
  %704 = add nsw i32 %703, 1
  store i32 %704, ptr %6, align 4
  br label %674, !llvm.loop !16

705:                                              ; preds = %674
  store i32 0, ptr %6, align 4
  br label %706

706:                                              ; preds = %722, %705
  %707 = load i32, ptr %6, align 4
  %708 = icmp slt i32 %707, 1
  br i1 %708, label %709, label %725

709:                                              ; preds = %706
  %710 = load i32, ptr %6, align 4
  %711 = sext i32 %710 to i64
  %712 = getelementptr inbounds [1 x i8], ptr @g_931, i64 0, i64 %711
  %713 = load i8, ptr %712, align 1
  %714 = sext i8 %713 to i64
  %715 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %714, ptr noundef @.str.203, i32 noundef %715)
  %716 = load i32, ptr %9, align 4
  %717 = icmp ne i32 %716, 0
  br i1 %717, label %718, label %721

718:                                              ; preds = %709
  %719 = load i32, ptr %6, align 4
  %720 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %719)
  br label %721

721:                                              ; preds = %718, %709
  br label %722

722:                                              ; preds = %721
  %723 = load i32, ptr %6, align 4
  %724 = add nsw i32 %723, 1
  store i32 %724, ptr %6, align 4
  br label %706, !llvm.loop !17

725:                                              ; preds = %706
  %726 = load i16, ptr @g_934, align 2
  %727 = sext i16 %726 to i64
  %728 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %727, ptr noundef @.str.204, i32 noundef %728)
  %729 = load i8, ptr @g_937, align 1
  %730 = sext i8 %729 to i64
  %731 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %730, ptr noundef @.str.205, i32 noundef %731)
  %732 = load i16, ptr @g_940, align 2
  %733 = sext i16 %732 to i64
  %734 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %733, ptr noundef @.str.206, i32 noundef %734)
  %735 = load volatile i8, ptr @g_978, align 4
  %736 = zext i8 %735 to i64
  %737 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %736, ptr noundef @.str.207, i32 noundef %737)
  %738 = load volatile i32, ptr getelementptr inbounds (%struct.S1, ptr @g_978, i32 0, i32 1), align 4
  %739 = zext i32 %738 to i64
  %740 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %739, ptr noundef @.str.208, i32 noundef %740)
  %741 = load volatile i16, ptr getelementptr inbounds (%struct.S1, ptr @g_978, i32 0, i32 2), align 4
  %742 = sext i16 %741 to i64
  %743 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %742, ptr noundef @.str.209, i32 noundef %743)
  %744 = load volatile i8, ptr @g_999, align 4
  %745 = zext i8 %744 to i64
  %746 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %745, ptr noundef @.str.210, i32 noundef %746)
  %747 = load volatile i32, ptr getelementptr inbounds (%struct.S1, ptr @g_999, i32 0, i32 1), align 4
  %748 = zext i32 %747 to i64
  %749 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %748, ptr noundef @.str.211, i32 noundef %749)
  %750 = load volatile i16, ptr getelementptr inbounds (%struct.S1, ptr @g_999, i32 0, i32 2), align 4
  %751 = sext i16 %750 to i64
  %752 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %751, ptr noundef @.str.212, i32 noundef %752)
  %753 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 5, ptr noundef @.str.213, i32 noundef %753)
  %754 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_1028, i32 0, i32 1), align 4
  %755 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %754, ptr noundef @.str.214, i32 noundef %755)
  %756 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_1028, i32 0, i32 1), i32 0, i32 1), align 4
  %757 = zext i16 %756 to i64
  %758 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %757, ptr noundef @.str.215, i32 noundef %758)
  %759 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_1028, i32 0, i32 1), i32 0, i32 2), align 2
  %760 = zext i16 %759 to i64
  %761 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %760, ptr noundef @.str.216, i32 noundef %761)
  %762 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 8, ptr noundef @.str.217, i32 noundef %762)
  %763 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_1028, i32 0, i32 3), align 8
  %764 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %763, ptr noundef @.str.218, i32 noundef %764)
  %765 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_1028, i32 0, i32 3), i32 0, i32 1), align 8
  %766 = zext i16 %765 to i64
  %767 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %766, ptr noundef @.str.219, i32 noundef %767)
  %768 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_1028, i32 0, i32 3), i32 0, i32 2), align 2
  %769 = zext i16 %768 to i64
  %770 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %769, ptr noundef @.str.220, i32 noundef %770)
  %771 = load volatile i8, ptr getelementptr inbounds (%struct.S2, ptr @g_1028, i32 0, i32 4), align 4
  %772 = zext i8 %771 to i64
  %773 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %772, ptr noundef @.str.221, i32 noundef %773)
  %774 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 2, ptr noundef @.str.222, i32 noundef %774)
  %775 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 8749, ptr noundef @.str.223, i32 noundef %775)
  %776 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 6586, ptr noundef @.str.224, i32 noundef %776)
  %777 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 4878298995364008590, ptr noundef @.str.225, i32 noundef %777)
  %778 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_1028, i32 0, i32 7), align 8
  %779 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %778, ptr noundef @.str.226, i32 noundef %779)
  %780 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_1028, i32 0, i32 7), i32 0, i32 1), align 8
  %781 = zext i16 %780 to i64
  %782 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %781, ptr noundef @.str.227, i32 noundef %782)
  %783 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_1028, i32 0, i32 7), i32 0, i32 2), align 2
  %784 = zext i16 %783 to i64
  %785 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %784, ptr noundef @.str.228, i32 noundef %785)
  %786 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 2954311773987488381, ptr noundef @.str.229, i32 noundef %786)
  %787 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 0, ptr noundef @.str.230, i32 noundef %787)
  %788 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 0, ptr noundef @.str.231, i32 noundef %788)
  %789 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 1, ptr noundef @.str.232, i32 noundef %789)
  %790 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 3, ptr noundef @.str.233, i32 noundef %790)
  %791 = load volatile i16, ptr getelementptr inbounds (%struct.S1, ptr @g_1105, i32 0, i32 2), align 4
  %792 = sext i16 %791 to i64
  %793 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %792, ptr noundef @.str.234, i32 noundef %793)
  %794 = load i64, ptr @g_1165, align 8
  %795 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %794, ptr noundef @.str.235, i32 noundef %795)
  %796 = load i32, ptr @crc32_context, align 4
  %797 = zext i32 %796 to i64
  %798 = xor i64 %797, 4294967295
  %799 = trunc i64 %798 to i32
  %800 = load i32, ptr %9, align 4
  call void @platform_main_end(i32 noundef %799, i32 noundef %800)
  ret i32 0
}

; Function Attrs: nounwind willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind uwtable
define internal void @platform_main_begin() #0 {
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal void @crc32_gentab() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 -306674912, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %5

5:                                                ; preds = %33, %0
  %6 = load i32, ptr %3, align 4
  %7 = icmp slt i32 %6, 256
  br i1 %7, label %8, label %36

8:                                                ; preds = %5
  %9 = load i32, ptr %3, align 4
  store i32 %9, ptr %1, align 4
  store i32 8, ptr %4, align 4
  br label %10

10:                                               ; preds = %25, %8
  %11 = load i32, ptr %4, align 4
  %12 = icmp sgt i32 %11, 0
  br i1 %12, label %13, label %28

13:                                               ; preds = %10
  %14 = load i32, ptr %1, align 4
  %15 = and i32 %14, 1
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %17, label %21

17:                                               ; preds = %13
  %18 = load i32, ptr %1, align 4
  %19 = lshr i32 %18, 1
  %20 = xor i32 %19, -306674912
  store i32 %20, ptr %1, align 4
  br label %24

21:                                               ; preds = %13
  %22 = load i32, ptr %1, align 4
  %23 = lshr i32 %22, 1
  store i32 %23, ptr %1, align 4
  br label %24

24:                                               ; preds = %21, %17
  br label %25

25:                                               ; preds = %24
  %26 = load i32, ptr %4, align 4
  %27 = add nsw i32 %26, -1
  store i32 %27, ptr %4, align 4
  br label %10, !llvm.loop !18

28:                                               ; preds = %10
  %29 = load i32, ptr %1, align 4
  %30 = load i32, ptr %3, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [256 x i32], ptr @crc32_tab, i64 0, i64 %31
  store i32 %29, ptr %32, align 4
  br label %33

33:                                               ; preds = %28
  %34 = load i32, ptr %3, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %3, align 4
  br label %5, !llvm.loop !19

36:                                               ; preds = %5
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal i64 @func_1() #0 {
  %1 = alloca ptr, align 8
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca [3 x ptr], align 16
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca [5 x [4 x i32]], align 16
  %12 = alloca i64, align 8
  %13 = alloca i16, align 2
  %14 = alloca i8, align 1
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca %struct.S1, align 4
  %18 = alloca { i64, i16 }, align 8
  %19 = alloca [6 x [1 x i32]], align 16
  %20 = alloca [1 x [4 x [2 x i32]]], align 16
  %21 = alloca i64, align 8
  %22 = alloca [5 x i32], align 16
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  %25 = alloca i32, align 4
  %26 = alloca i32, align 4
  %27 = alloca ptr, align 8
  %28 = alloca i64, align 8
  %29 = alloca i32, align 4
  %30 = alloca i32, align 4
  %31 = alloca i32, align 4
  %32 = alloca i32, align 4
  store ptr @g_14, ptr %1, align 8
  store ptr null, ptr %2, align 8
  store ptr null, ptr %3, align 8
  store ptr @g_20, ptr %4, align 8
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), ptr %5, align 8
  store i64 0, ptr %7, align 8
  store i32 -1, ptr %8, align 4
  store i64 -8882613937158444101, ptr %9, align 8
  store i32 1, ptr %10, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %11, ptr align 16 @__const.func_1.l_1111, i64 80, i1 false)
  store i64 -1, ptr %12, align 8
  store i16 1, ptr %13, align 2
  store i8 83, ptr %14, align 1
  store i32 0, ptr %15, align 4
  br label %33

33:                                               ; preds = %40, %0
  %34 = load i32, ptr %15, align 4
  %35 = icmp slt i32 %34, 3
  br i1 %35, label %36, label %43

36:                                               ; preds = %33
  %37 = load i32, ptr %15, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [3 x ptr], ptr %6, i64 0, i64 %38
  store ptr null, ptr %39, align 8
  br label %40

40:                                               ; preds = %36
  %41 = load i32, ptr %15, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %15, align 4
  br label %33, !llvm.loop !20

43:                                               ; preds = %33
  %44 = load ptr, ptr %1, align 8
  %45 = load i16, ptr %44, align 2
  %46 = add i16 %45, -1
  store i16 %46, ptr %44, align 2
  %47 = zext i16 %45 to i32
  %48 = load ptr, ptr %4, align 8
  store i16 1, ptr %48, align 2
  %49 = icmp sle i32 %47, 1
  %50 = zext i1 %49 to i32
  %51 = sext i32 %50 to i64
  %52 = icmp sge i64 -1, %51
  %53 = zext i1 %52 to i32
  %54 = load ptr, ptr %5, align 8
  %55 = load i32, ptr %54, align 4
  %56 = and i32 %55, %53
  store i32 %56, ptr %54, align 4
  %57 = load ptr, ptr %5, align 8
  %58 = load i32, ptr %57, align 4
  %59 = icmp ne i32 %58, 0
  br i1 %59, label %117, label %60

60:                                               ; preds = %43
  %61 = load ptr, ptr %5, align 8
  %62 = load i32, ptr %61, align 4
  %63 = load i32, ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 9), align 4
  %64 = call ptr @func_44(i32 noundef %63)
  store ptr %64, ptr @g_64, align 8
  store ptr %64, ptr @g_65, align 8
  %65 = icmp eq ptr %64, getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1)
  %66 = zext i1 %65 to i32
  %67 = trunc i32 %66 to i16
  %68 = call zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext %67, i32 noundef 13)
  %69 = icmp eq ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 5)
  %70 = zext i1 %69 to i32
  %71 = call zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext 0, i32 noundef %70)
  %72 = zext i16 %71 to i32
  %73 = load i16, ptr @g_14, align 2
  %74 = zext i16 %73 to i32
  %75 = and i32 %72, %74
  %76 = trunc i32 %75 to i16
  %77 = call signext i16 @safe_add_func_int16_t_s_s(i16 noundef signext %76, i16 noundef signext -1)
  %78 = trunc i16 %77 to i8
  %79 = load i16, ptr @g_20, align 2
  %80 = trunc i16 %79 to i8
  %81 = call zeroext i8 @safe_sub_func_uint8_t_u_u(i8 noundef zeroext %78, i8 noundef zeroext %80)
  %82 = zext i8 %81 to i32
  %83 = load i8, ptr getelementptr inbounds ([4 x i8], ptr @g_66, i64 0, i64 2), align 1
  %84 = zext i8 %83 to i32
  %85 = or i32 %84, %82
  %86 = trunc i32 %85 to i8
  store i8 %86, ptr getelementptr inbounds ([4 x i8], ptr @g_66, i64 0, i64 2), align 1
  %87 = zext i8 %86 to i32
  %88 = call ptr @func_34(i32 noundef %87)
  %89 = load ptr, ptr %3, align 8
  %90 = load ptr, ptr %5, align 8
  %91 = load i32, ptr %90, align 4
  %92 = trunc i32 %91 to i16
  %93 = load i32, ptr @g_852, align 8
  %94 = trunc i32 %93 to i16
  %95 = call i32 @func_28(ptr noundef %88, ptr noundef %89, ptr noundef getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), i16 noundef zeroext %92, i16 noundef signext %94)
  %96 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_264, i32 0, i32 1), align 1
  %97 = zext i16 %96 to i32
  %98 = icmp uge i32 %95, %97
  %99 = zext i1 %98 to i32
  %100 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 8), i32 0, i32 2), align 2
  %101 = zext i16 %100 to i32
  %102 = xor i32 %99, %101
  %103 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 1), i32 0, i32 1), align 4
  %104 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 6), align 8
  %105 = trunc i64 %104 to i32
  %106 = call signext i16 @safe_lshift_func_int16_t_s_s(i16 noundef signext %103, i32 noundef %105)
  %107 = sext i16 %106 to i64
  %108 = load i64, ptr %7, align 8
  %109 = icmp sgt i64 %107, %108
  %110 = zext i1 %109 to i32
  %111 = trunc i32 %110 to i8
  %112 = load ptr, ptr @g_634, align 8
  %113 = load ptr, ptr %112, align 8
  %114 = call zeroext i8 @func_23(i8 noundef signext %111, ptr noundef %113)
  %115 = load ptr, ptr %2, align 8
  %116 = icmp eq ptr %115, null
  br label %117

117:                                              ; preds = %60, %43
  %118 = phi i1 [ true, %43 ], [ %116, %60 ]
  %119 = zext i1 %118 to i32
  %120 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 8), i32 0, i32 1), align 4
  %121 = zext i16 %120 to i32
  %122 = xor i32 %119, %121
  %123 = load i32, ptr @g_480, align 8
  %124 = xor i32 %122, %123
  %125 = trunc i32 %124 to i16
  %126 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %125, i16 noundef zeroext 0)
  %127 = zext i16 %126 to i64
  %128 = load i32, ptr @g_675, align 8
  %129 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 6), align 8
  %130 = trunc i64 %129 to i32
  %131 = load i32, ptr %8, align 4
  %132 = trunc i32 %131 to i16
  %133 = call { i64, i16 } @func_4(i64 noundef %127, i32 noundef %128, i32 noundef %130, i16 noundef zeroext %132, i32 noundef 0)
  store { i64, i16 } %133, ptr %18, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %17, ptr align 8 %18, i64 12, i1 false)
  %134 = load i64, ptr %9, align 8
  %135 = icmp ne i64 %134, 0
  br i1 %135, label %141, label %136

136:                                              ; preds = %117
  %137 = load ptr, ptr @g_994, align 8
  %138 = load ptr, ptr %137, align 8
  %139 = load i32, ptr %138, align 4
  %140 = icmp ne i32 %139, 0
  br label %141

141:                                              ; preds = %136, %117
  %142 = phi i1 [ true, %117 ], [ %140, %136 ]
  %143 = zext i1 %142 to i32
  %144 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 8), i32 0, i32 2), align 2
  %145 = zext i16 %144 to i32
  %146 = icmp sle i32 %143, %145
  %147 = zext i1 %146 to i32
  %148 = trunc i32 %147 to i8
  %149 = load ptr, ptr @g_820, align 8
  %150 = load ptr, ptr %149, align 8
  %151 = load ptr, ptr %150, align 8
  %152 = load i8, ptr %151, align 1
  %153 = call signext i8 @safe_div_func_int8_t_s_s(i8 noundef signext %148, i8 noundef signext %152)
  %154 = sext i8 %153 to i32
  %155 = load ptr, ptr %5, align 8
  store i32 %154, ptr %155, align 4
  %156 = load i32, ptr %10, align 4
  %157 = and i32 %156, %154
  store i32 %157, ptr %10, align 4
  store i64 0, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 2), align 8
  br label %158

158:                                              ; preds = %412, %141
  %159 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 2), align 8
  %160 = icmp ule i64 %159, 9
  br i1 %160, label %161, label %415

161:                                              ; preds = %158
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %19, ptr align 16 @__const.func_1.l_1108, i64 24, i1 false)
  store i64 5218323760905449205, ptr %21, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %22, ptr align 16 @__const.func_1.l_1162, i64 20, i1 false)
  store i32 -1, ptr %23, align 4
  store i32 0, ptr %24, align 4
  br label %162

162:                                              ; preds = %191, %161
  %163 = load i32, ptr %24, align 4
  %164 = icmp slt i32 %163, 1
  br i1 %164, label %165, label %194

165:                                              ; preds = %162
  store i32 0, ptr %25, align 4
  br label %166

166:                                              ; preds = %187, %165
  %167 = load i32, ptr %25, align 4
  %168 = icmp slt i32 %167, 4
  br i1 %168, label %169, label %190

169:                                              ; preds = %166
  store i32 0, ptr %26, align 4
  br label %170

170:                                              ; preds = %183, %169
  %171 = load i32, ptr %26, align 4
  %172 = icmp slt i32 %171, 2
  br i1 %172, label %173, label %186

173:                                              ; preds = %170
  %174 = load i32, ptr %24, align 4
  %175 = sext i32 %174 to i64
  %176 = getelementptr inbounds [1 x [4 x [2 x i32]]], ptr %20, i64 0, i64 %175
  %177 = load i32, ptr %25, align 4
  %178 = sext i32 %177 to i64
  %179 = getelementptr inbounds [4 x [2 x i32]], ptr %176, i64 0, i64 %178
  %180 = load i32, ptr %26, align 4
  %181 = sext i32 %180 to i64
  %182 = getelementptr inbounds [2 x i32], ptr %179, i64 0, i64 %181
  store i32 -1, ptr %182, align 4
  br label %183

183:                                              ; preds = %173
  %184 = load i32, ptr %26, align 4
  %185 = add nsw i32 %184, 1
  store i32 %185, ptr %26, align 4
  br label %170, !llvm.loop !21

186:                                              ; preds = %170
  br label %187

187:                                              ; preds = %186
  %188 = load i32, ptr %25, align 4
  %189 = add nsw i32 %188, 1
  store i32 %189, ptr %25, align 4
  br label %166, !llvm.loop !22

190:                                              ; preds = %166
  br label %191

191:                                              ; preds = %190
  %192 = load i32, ptr %24, align 4
  %193 = add nsw i32 %192, 1
  store i32 %193, ptr %24, align 4
  br label %162, !llvm.loop !23

194:                                              ; preds = %162
  %195 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 2), align 8
  %196 = getelementptr inbounds [10 x i32], ptr @g_22, i64 0, i64 %195
  %197 = load i32, ptr %196, align 4
  %198 = icmp ne i32 %197, 0
  br i1 %198, label %199, label %200

199:                                              ; preds = %194
  br label %415

200:                                              ; preds = %194
  %201 = load i16, ptr %13, align 2
  %202 = add i16 %201, 1
  store i16 %202, ptr %13, align 2
  store i16 0, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 5), i32 0, i32 2), align 1
  br label %203

203:                                              ; preds = %406, %200
  %204 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 5), i32 0, i32 2), align 1
  %205 = zext i16 %204 to i32
  %206 = icmp sle i32 %205, 0
  br i1 %206, label %207, label %411

207:                                              ; preds = %203
  store ptr getelementptr inbounds ([4 x i8], ptr @g_66, i64 0, i64 3), ptr %27, align 8
  store i64 -1, ptr %28, align 8
  store i32 -1, ptr %29, align 4
  %208 = load i64, ptr %21, align 8
  %209 = load ptr, ptr %27, align 8
  %210 = load i8, ptr %209, align 1
  %211 = add i8 %210, 1
  store i8 %211, ptr %209, align 1
  %212 = zext i8 %211 to i32
  %213 = icmp ne i32 %212, 0
  br i1 %213, label %318, label %214

214:                                              ; preds = %207
  %215 = load ptr, ptr %5, align 8
  %216 = load i32, ptr %215, align 4
  %217 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 5), i32 0, i32 1), align 1
  %218 = zext i16 %217 to i32
  %219 = load i64, ptr %28, align 8
  %220 = load ptr, ptr @g_820, align 8
  %221 = load ptr, ptr %220, align 8
  %222 = load ptr, ptr %221, align 8
  %223 = load i8, ptr %222, align 1
  %224 = sext i8 %223 to i32
  %225 = getelementptr inbounds [5 x i32], ptr %22, i64 0, i64 2
  %226 = load i32, ptr %225, align 8
  %227 = sext i32 %226 to i64
  %228 = icmp sge i64 %227, 8
  %229 = zext i1 %228 to i32
  %230 = sext i32 %229 to i64
  %231 = call i64 @safe_sub_func_uint64_t_u_u(i64 noundef %230, i64 noundef 8990295351963450344)
  %232 = trunc i64 %231 to i8
  %233 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %232, i8 noundef zeroext -27)
  %234 = icmp ne i8 %233, 0
  %235 = xor i1 %234, true
  %236 = zext i1 %235 to i32
  %237 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 2), align 8
  %238 = getelementptr inbounds [10 x i32], ptr @g_22, i64 0, i64 %237
  %239 = load i32, ptr %238, align 4
  %240 = and i32 %236, %239
  %241 = call zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext 7, i32 noundef %240)
  %242 = load i32, ptr getelementptr inbounds (%struct.S1, ptr @g_605, i32 0, i32 1), align 4
  %243 = or i32 %224, %242
  %244 = load ptr, ptr @g_635, align 8
  %245 = load i16, ptr %244, align 2
  %246 = call zeroext i16 @safe_div_func_uint16_t_u_u(i16 noundef zeroext -4717, i16 noundef zeroext %245)
  %247 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %246, i16 noundef zeroext -4902)
  %248 = zext i16 %247 to i32
  %249 = icmp ne i32 %248, 0
  br i1 %249, label %253, label %250

250:                                              ; preds = %214
  %251 = load i32, ptr %23, align 4
  %252 = icmp ne i32 %251, 0
  br label %253

253:                                              ; preds = %250, %214
  %254 = phi i1 [ true, %214 ], [ %252, %250 ]
  %255 = zext i1 %254 to i32
  %256 = load ptr, ptr %5, align 8
  %257 = load i32, ptr %256, align 4
  %258 = icmp ne i32 %257, 0
  br i1 %258, label %259, label %262

259:                                              ; preds = %253
  %260 = load i32, ptr %23, align 4
  %261 = icmp ne i32 %260, 0
  br label %262

262:                                              ; preds = %259, %253
  %263 = phi i1 [ false, %253 ], [ %261, %259 ]
  %264 = zext i1 %263 to i32
  %265 = sext i32 %264 to i64
  %266 = icmp slt i64 %265, 2
  %267 = zext i1 %266 to i32
  %268 = trunc i32 %267 to i8
  %269 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %268, i8 noundef zeroext 0)
  %270 = zext i8 %269 to i16
  %271 = load ptr, ptr %4, align 8
  store i16 %270, ptr %271, align 2
  %272 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %270, i16 noundef zeroext 0)
  %273 = zext i16 %272 to i64
  %274 = call i64 @safe_add_func_int64_t_s_s(i64 noundef %273, i64 noundef 1)
  %275 = trunc i64 %274 to i16
  %276 = load i64, ptr %28, align 8
  %277 = trunc i64 %276 to i16
  %278 = call signext i16 @safe_div_func_int16_t_s_s(i16 noundef signext %275, i16 noundef signext %277)
  %279 = sext i16 %278 to i32
  %280 = load volatile i8, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 4), align 4
  %281 = zext i8 %280 to i32
  %282 = icmp sge i32 %279, %281
  %283 = zext i1 %282 to i32
  %284 = trunc i32 %283 to i8
  %285 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 5), align 1
  %286 = trunc i64 %285 to i8
  %287 = call zeroext i8 @safe_add_func_uint8_t_u_u(i8 noundef zeroext %284, i8 noundef zeroext %286)
  %288 = zext i8 %287 to i64
  %289 = xor i64 %219, %288
  %290 = trunc i64 %289 to i16
  %291 = load ptr, ptr %1, align 8
  store i16 %290, ptr %291, align 2
  %292 = zext i16 %290 to i64
  %293 = xor i64 %292, -8
  %294 = icmp ult i64 %293, 0
  %295 = zext i1 %294 to i32
  %296 = load i32, ptr @g_895, align 4
  %297 = icmp sgt i32 %295, %296
  %298 = zext i1 %297 to i32
  store i32 %298, ptr %29, align 4
  %299 = icmp sge i32 %218, %298
  %300 = zext i1 %299 to i32
  %301 = load volatile ptr, ptr @g_516, align 8
  %302 = load ptr, ptr %301, align 8
  %303 = load volatile i32, ptr getelementptr inbounds (%struct.S1, ptr @g_272, i32 0, i32 1), align 4
  %304 = xor i32 %216, %303
  %305 = xor i32 %304, -1
  %306 = call signext i16 @safe_rshift_func_int16_t_s_u(i16 noundef signext -2238, i32 noundef 12)
  %307 = sext i16 %306 to i32
  %308 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_264, i32 0, i32 2), align 1
  %309 = zext i16 %308 to i32
  %310 = icmp sle i32 %307, %309
  %311 = zext i1 %310 to i32
  %312 = sext i32 %311 to i64
  %313 = call i64 @safe_sub_func_uint64_t_u_u(i64 noundef %312, i64 noundef -5084897302416608306)
  %314 = load i32, ptr getelementptr inbounds ([7 x i32], ptr getelementptr inbounds ([5 x [7 x i32]], ptr @g_904, i64 0, i64 4), i64 0, i64 2), align 8
  %315 = sext i32 %314 to i64
  %316 = or i64 %313, %315
  %317 = icmp ule i64 %316, -891504006623080155
  br label %318

318:                                              ; preds = %262, %207
  %319 = phi i1 [ true, %207 ], [ %317, %262 ]
  %320 = zext i1 %319 to i32
  %321 = sext i32 %320 to i64
  %322 = load ptr, ptr @g_196, align 8
  store i64 %321, ptr %322, align 8
  %323 = call i64 @safe_mod_func_int64_t_s_s(i64 noundef %321, i64 noundef -1)
  %324 = load i32, ptr @g_480, align 8
  %325 = zext i32 %324 to i64
  %326 = or i64 %323, %325
  %327 = icmp ne i64 %326, 4392555631193369705
  %328 = zext i1 %327 to i32
  %329 = sext i32 %328 to i64
  %330 = icmp eq i64 %329, 0
  %331 = zext i1 %330 to i32
  %332 = sext i32 %331 to i64
  %333 = icmp sgt i64 %208, %332
  %334 = zext i1 %333 to i32
  %335 = sext i32 %334 to i64
  %336 = load i64, ptr %28, align 8
  %337 = icmp sge i64 %335, %336
  %338 = zext i1 %337 to i32
  %339 = trunc i32 %338 to i16
  %340 = load i64, ptr %28, align 8
  %341 = trunc i64 %340 to i32
  %342 = call signext i16 @safe_rshift_func_int16_t_s_u(i16 noundef signext %339, i32 noundef %341)
  %343 = sext i16 %342 to i64
  %344 = icmp sle i64 %343, 237
  %345 = zext i1 %344 to i32
  %346 = sext i32 %345 to i64
  %347 = load i64, ptr %28, align 8
  %348 = icmp slt i64 %346, %347
  %349 = zext i1 %348 to i32
  %350 = call i32 @safe_add_func_uint32_t_u_u(i32 noundef -1, i32 noundef %349)
  %351 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 2), align 8
  %352 = getelementptr inbounds [10 x i32], ptr @g_22, i64 0, i64 %351
  %353 = load i32, ptr %352, align 4
  %354 = icmp ugt i32 %350, %353
  %355 = zext i1 %354 to i32
  %356 = load ptr, ptr %5, align 8
  %357 = load i32, ptr %356, align 4
  %358 = xor i32 %355, %357
  %359 = trunc i32 %358 to i16
  %360 = getelementptr inbounds [5 x i32], ptr %22, i64 0, i64 2
  %361 = load i32, ptr %360, align 8
  %362 = trunc i32 %361 to i16
  %363 = call zeroext i16 @safe_div_func_uint16_t_u_u(i16 noundef zeroext %359, i16 noundef zeroext %362)
  %364 = zext i16 %363 to i32
  %365 = getelementptr inbounds [6 x [1 x i32]], ptr %19, i64 0, i64 0
  %366 = getelementptr inbounds [1 x i32], ptr %365, i64 0, i64 0
  %367 = load i32, ptr %366, align 16
  %368 = call i32 @safe_add_func_uint32_t_u_u(i32 noundef %364, i32 noundef %367)
  %369 = zext i32 %368 to i64
  %370 = load i64, ptr @g_1165, align 8
  %371 = and i64 %370, %369
  store i64 %371, ptr @g_1165, align 8
  store i64 0, ptr @g_664, align 8
  br label %372

372:                                              ; preds = %402, %318
  %373 = load i64, ptr @g_664, align 8
  %374 = icmp ule i64 %373, 0
  br i1 %374, label %375, label %405

375:                                              ; preds = %372
  %376 = load i64, ptr @g_664, align 8
  %377 = add i64 %376, 4
  %378 = getelementptr inbounds [8 x [1 x [10 x ptr]]], ptr @g_412, i64 0, i64 %377
  %379 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 5), i32 0, i32 2), align 1
  %380 = zext i16 %379 to i64
  %381 = getelementptr inbounds [1 x [10 x ptr]], ptr %378, i64 0, i64 %380
  %382 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 5), i32 0, i32 2), align 1
  %383 = zext i16 %382 to i32
  %384 = add nsw i32 %383, 6
  %385 = sext i32 %384 to i64
  %386 = getelementptr inbounds [10 x ptr], ptr %381, i64 0, i64 %385
  %387 = load ptr, ptr %386, align 8
  %388 = load ptr, ptr @g_994, align 8
  store ptr %387, ptr %388, align 8
  %389 = load i64, ptr @g_664, align 8
  %390 = add i64 %389, 1
  %391 = getelementptr inbounds [3 x [2 x [8 x i32]]], ptr @g_891, i64 0, i64 %390
  %392 = load i64, ptr @g_664, align 8
  %393 = add i64 %392, 1
  %394 = getelementptr inbounds [2 x [8 x i32]], ptr %391, i64 0, i64 %393
  %395 = load i64, ptr @g_664, align 8
  %396 = add i64 %395, 7
  %397 = getelementptr inbounds [8 x i32], ptr %394, i64 0, i64 %396
  %398 = load i32, ptr %397, align 4
  %399 = icmp ne i32 %398, 0
  br i1 %399, label %400, label %401

400:                                              ; preds = %375
  br label %405

401:                                              ; preds = %375
  br label %402

402:                                              ; preds = %401
  %403 = load i64, ptr @g_664, align 8
  %404 = add i64 %403, 1
  store i64 %404, ptr @g_664, align 8
  br label %372, !llvm.loop !24

405:                                              ; preds = %400, %372
  br label %406

406:                                              ; preds = %405
  %407 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 5), i32 0, i32 2), align 1
  %408 = zext i16 %407 to i32
  %409 = add nsw i32 %408, 1
  %410 = trunc i32 %409 to i16
  store i16 %410, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_718, i32 0, i32 5), i32 0, i32 2), align 1
  br label %203, !llvm.loop !25

411:                                              ; preds = %203
  br label %412

412:                                              ; preds = %411
  %413 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 2), align 8
  %414 = add i64 %413, 1
  store i64 %414, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 2), align 8
  br label %158, !llvm.loop !26

415:                                              ; preds = %199, %158
  %416 = load i8, ptr %14, align 1
  %417 = load volatile ptr, ptr @g_259, align 8
  %418 = load ptr, ptr %417, align 8
  %419 = load i32, ptr %418, align 4
  %420 = call i32 @safe_mod_func_int32_t_s_s(i32 noundef %419, i32 noundef -6)
  %421 = icmp slt i32 %420, 1
  %422 = zext i1 %421 to i32
  %423 = load i32, ptr @g_852, align 8
  %424 = and i32 %422, %423
  %425 = trunc i32 %424 to i8
  %426 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext %416, i8 noundef signext %425)
  %427 = sext i8 %426 to i32
  %428 = load ptr, ptr %5, align 8
  store i32 %427, ptr %428, align 4
  %429 = load ptr, ptr %5, align 8
  %430 = load i32, ptr %429, align 4
  %431 = sext i32 %430 to i64
  ret i64 %431
}

; Function Attrs: noinline nounwind uwtable
define internal void @transparent_crc(i64 noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store i64 %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %7 = load i64, ptr %4, align 8
  call void @crc32_8bytes(i64 noundef %7)
  %8 = load i32, ptr %6, align 4
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %10, label %16

10:                                               ; preds = %3
  %11 = load ptr, ptr %5, align 8
  %12 = load i32, ptr @crc32_context, align 4
  %13 = zext i32 %12 to i64
  %14 = xor i64 %13, 4294967295
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.236, ptr noundef %11, i64 noundef %14)
  br label %16

16:                                               ; preds = %10, %3
  ret void
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind uwtable
define internal void @platform_main_end(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.237, i32 noundef %5)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: noinline nounwind uwtable
define internal signext i8 @safe_div_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %4, align 1
  %6 = sext i8 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %16, label %8

8:                                                ; preds = %2
  %9 = load i8, ptr %3, align 1
  %10 = sext i8 %9 to i32
  %11 = icmp eq i32 %10, -128
  br i1 %11, label %12, label %19

12:                                               ; preds = %8
  %13 = load i8, ptr %4, align 1
  %14 = sext i8 %13 to i32
  %15 = icmp eq i32 %14, -1
  br i1 %15, label %16, label %19

16:                                               ; preds = %12, %2
  %17 = load i8, ptr %3, align 1
  %18 = sext i8 %17 to i32
  br label %25

19:                                               ; preds = %12, %8
  %20 = load i8, ptr %3, align 1
  %21 = sext i8 %20 to i32
  %22 = load i8, ptr %4, align 1
  %23 = sext i8 %22 to i32
  %24 = sdiv i32 %21, %23
  br label %25

25:                                               ; preds = %19, %16
  %26 = phi i32 [ %18, %16 ], [ %24, %19 ]
  %27 = trunc i32 %26 to i8
  ret i8 %27
}

; Function Attrs: noinline nounwind uwtable
define internal { i64, i16 } @func_4(i64 noundef %0, i32 noundef %1, i32 noundef %2, i16 noundef zeroext %3, i32 noundef %4) #0 {
  %6 = alloca %struct.S1, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i16, align 2
  %11 = alloca i32, align 4
  %12 = alloca { i64, i16 }, align 8
  store i64 %0, ptr %7, align 8
  store i32 %1, ptr %8, align 4
  store i32 %2, ptr %9, align 4
  store i16 %3, ptr %10, align 2
  store i32 %4, ptr %11, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %6, ptr align 4 @g_1105, i64 12, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 4 %6, i64 12, i1 false)
  %13 = load { i64, i16 }, ptr %12, align 8
  ret { i64, i16 } %13
}

; Function Attrs: noinline nounwind uwtable
define internal zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = zext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = zext i16 %7 to i32
  %9 = mul i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind uwtable
define internal zeroext i8 @func_23(i8 noundef signext %0, ptr noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca ptr, align 8
  %5 = alloca [1 x i32], align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca i32, align 4
  %15 = alloca [2 x [4 x i64]], align 16
  %16 = alloca [2 x ptr], align 16
  %17 = alloca ptr, align 8
  %18 = alloca ptr, align 8
  %19 = alloca i32, align 4
  %20 = alloca [2 x ptr], align 16
  %21 = alloca i16, align 2
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca ptr, align 8
  %25 = alloca i32, align 4
  %26 = alloca ptr, align 8
  %27 = alloca ptr, align 8
  %28 = alloca i32, align 4
  %29 = alloca ptr, align 8
  %30 = alloca ptr, align 8
  %31 = alloca ptr, align 8
  %32 = alloca ptr, align 8
  %33 = alloca ptr, align 8
  %34 = alloca ptr, align 8
  %35 = alloca ptr, align 8
  %36 = alloca ptr, align 8
  %37 = alloca ptr, align 8
  %38 = alloca ptr, align 8
  %39 = alloca ptr, align 8
  %40 = alloca ptr, align 8
  %41 = alloca ptr, align 8
  %42 = alloca [4 x ptr], align 16
  %43 = alloca [6 x ptr], align 16
  %44 = alloca ptr, align 8
  %45 = alloca ptr, align 8
  %46 = alloca ptr, align 8
  %47 = alloca ptr, align 8
  %48 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store ptr %1, ptr %4, align 8
  store ptr @g_298, ptr %6, align 8
  store ptr %6, ptr %7, align 8
  store ptr getelementptr inbounds ([7 x ptr], ptr @g_305, i64 0, i64 4), ptr %8, align 8
  store i32 0, ptr %9, align 4
  store i32 -1715364570, ptr %10, align 4
  store ptr null, ptr %11, align 8
  store ptr @g_197, ptr %12, align 8
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), ptr %13, align 8
  store i32 0, ptr %14, align 4
  br label %49

49:                                               ; preds = %56, %2
  %50 = load i32, ptr %14, align 4
  %51 = icmp slt i32 %50, 1
  br i1 %51, label %52, label %59

52:                                               ; preds = %49
  %53 = load i32, ptr %14, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [1 x i32], ptr %5, i64 0, i64 %54
  store i32 1, ptr %55, align 4
  br label %56

56:                                               ; preds = %52
  %57 = load i32, ptr %14, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %14, align 4
  br label %49, !llvm.loop !27

59:                                               ; preds = %49
  %60 = getelementptr inbounds [1 x i32], ptr %5, i64 0, i64 0
  %61 = load i32, ptr %60, align 4
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %63, label %161

63:                                               ; preds = %59
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %15, ptr align 16 @__const.func_23.l_1039, i64 64, i1 false)
  store ptr null, ptr %17, align 8
  store ptr @g_934, ptr %18, align 8
  store i32 -138201771, ptr %19, align 4
  store i16 -28409, ptr %21, align 2
  store i32 0, ptr %22, align 4
  br label %64

64:                                               ; preds = %71, %63
  %65 = load i32, ptr %22, align 4
  %66 = icmp slt i32 %65, 2
  br i1 %66, label %67, label %74

67:                                               ; preds = %64
  %68 = load i32, ptr %22, align 4
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds [2 x ptr], ptr %16, i64 0, i64 %69
  store ptr getelementptr inbounds ([9 x ptr], ptr @g_306, i64 0, i64 1), ptr %70, align 8
  br label %71

71:                                               ; preds = %67
  %72 = load i32, ptr %22, align 4
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %22, align 4
  br label %64, !llvm.loop !28

74:                                               ; preds = %64
  store i32 0, ptr %22, align 4
  br label %75

75:                                               ; preds = %83, %74
  %76 = load i32, ptr %22, align 4
  %77 = icmp slt i32 %76, 2
  br i1 %77, label %78, label %86

78:                                               ; preds = %75
  %79 = getelementptr inbounds [1 x i32], ptr %5, i64 0, i64 0
  %80 = load i32, ptr %22, align 4
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [2 x ptr], ptr %20, i64 0, i64 %81
  store ptr %79, ptr %82, align 8
  br label %83

83:                                               ; preds = %78
  %84 = load i32, ptr %22, align 4
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %22, align 4
  br label %75, !llvm.loop !29

86:                                               ; preds = %75
  %87 = getelementptr inbounds [2 x [4 x i64]], ptr %15, i64 0, i64 0
  %88 = getelementptr inbounds [4 x i64], ptr %87, i64 0, i64 1
  %89 = load i64, ptr %88, align 8
  %90 = icmp ne i64 %89, 0
  br i1 %90, label %100, label %91

91:                                               ; preds = %86
  %92 = getelementptr inbounds [2 x ptr], ptr %16, i64 0, i64 0
  %93 = load ptr, ptr %92, align 16
  %94 = icmp ne ptr null, %93
  %95 = zext i1 %94 to i32
  %96 = load i8, ptr %3, align 1
  %97 = sext i8 %96 to i32
  %98 = call i32 @safe_mod_func_int32_t_s_s(i32 noundef %95, i32 noundef %97)
  %99 = icmp ne i32 %98, 0
  br label %100

100:                                              ; preds = %91, %86
  %101 = phi i1 [ true, %86 ], [ %99, %91 ]
  %102 = zext i1 %101 to i32
  %103 = sext i32 %102 to i64
  %104 = load ptr, ptr %7, align 8
  %105 = icmp ne ptr null, %104
  br i1 %105, label %106, label %129

106:                                              ; preds = %100
  %107 = load ptr, ptr %8, align 8
  %108 = getelementptr inbounds [2 x [4 x i64]], ptr %15, i64 0, i64 0
  %109 = getelementptr inbounds [4 x i64], ptr %108, i64 0, i64 1
  %110 = load i64, ptr %109, align 8
  %111 = trunc i64 %110 to i16
  %112 = icmp ne ptr getelementptr inbounds ([10 x ptr], ptr getelementptr inbounds ([8 x [1 x [10 x ptr]]], ptr @g_412, i64 0, i64 3), i64 0, i64 7), getelementptr inbounds ([10 x ptr], ptr getelementptr inbounds ([8 x [1 x [10 x ptr]]], ptr @g_412, i64 0, i64 2), i64 0, i64 7)
  %113 = zext i1 %112 to i32
  %114 = trunc i32 %113 to i16
  %115 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %111, i16 noundef signext %114)
  %116 = sext i16 %115 to i32
  %117 = load ptr, ptr %18, align 8
  %118 = load i16, ptr %117, align 2
  %119 = sext i16 %118 to i32
  %120 = or i32 %119, %116
  %121 = trunc i32 %120 to i16
  store i16 %121, ptr %117, align 2
  %122 = load volatile i8, ptr @g_763, align 1
  %123 = zext i8 %122 to i16
  %124 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %121, i16 noundef signext %123)
  %125 = sext i16 %124 to i64
  %126 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 6), align 8
  %127 = or i64 %125, %126
  %128 = icmp ne ptr %107, getelementptr inbounds ([7 x ptr], ptr @g_305, i64 0, i64 2)
  br label %129

129:                                              ; preds = %106, %100
  %130 = phi i1 [ false, %100 ], [ %128, %106 ]
  %131 = zext i1 %130 to i32
  %132 = trunc i32 %131 to i16
  %133 = load ptr, ptr @g_635, align 8
  %134 = load i16, ptr %133, align 2
  %135 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %132, i16 noundef zeroext %134)
  %136 = zext i16 %135 to i64
  %137 = and i64 %136, -3046580387013971029
  %138 = load i32, ptr @g_895, align 4
  %139 = sext i32 %138 to i64
  %140 = call i64 @safe_add_func_uint64_t_u_u(i64 noundef %137, i64 noundef %139)
  %141 = call i64 @safe_mod_func_uint64_t_u_u(i64 noundef %103, i64 noundef %140)
  %142 = trunc i64 %141 to i32
  %143 = getelementptr inbounds [1 x i32], ptr %5, i64 0, i64 0
  store i32 %142, ptr %143, align 4
  %144 = icmp ne ptr %7, null
  %145 = zext i1 %144 to i32
  %146 = trunc i32 %145 to i8
  %147 = load i8, ptr %3, align 1
  %148 = call zeroext i8 @safe_sub_func_uint8_t_u_u(i8 noundef zeroext %146, i8 noundef zeroext %147)
  %149 = zext i8 %148 to i32
  %150 = load ptr, ptr @g_994, align 8
  %151 = load ptr, ptr %150, align 8
  %152 = load i32, ptr %151, align 4
  %153 = or i32 %152, %149
  store i32 %153, ptr %151, align 4
  %154 = load i32, ptr %9, align 4
  %155 = add i32 %154, 1
  store i32 %155, ptr %9, align 4
  %156 = load ptr, ptr @g_65, align 8
  %157 = load i32, ptr %156, align 4
  %158 = sext i32 %157 to i64
  %159 = xor i64 %158, 0
  %160 = trunc i64 %159 to i32
  store i32 %160, ptr %156, align 4
  br label %246

161:                                              ; preds = %59
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 5), ptr %24, align 8
  store i32 -4, ptr %25, align 4
  %162 = getelementptr inbounds [1 x i32], ptr %5, i64 0, i64 0
  store ptr %162, ptr %26, align 8
  %163 = getelementptr inbounds [1 x i32], ptr %5, i64 0, i64 0
  store ptr %163, ptr %27, align 8
  store i32 -477953319, ptr %28, align 4
  store ptr getelementptr inbounds ([7 x i32], ptr getelementptr inbounds ([5 x [7 x i32]], ptr @g_904, i64 0, i64 4), i64 0, i64 2), ptr %29, align 8
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 6), ptr %30, align 8
  store ptr %28, ptr %31, align 8
  %164 = getelementptr inbounds [1 x i32], ptr %5, i64 0, i64 0
  store ptr %164, ptr %32, align 8
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 3), ptr %33, align 8
  store ptr null, ptr %34, align 8
  store ptr null, ptr %35, align 8
  store ptr %28, ptr %36, align 8
  store ptr getelementptr inbounds ([7 x i32], ptr getelementptr inbounds ([5 x [7 x i32]], ptr @g_904, i64 0, i64 4), i64 0, i64 2), ptr %37, align 8
  store ptr null, ptr %38, align 8
  %165 = getelementptr inbounds [1 x i32], ptr %5, i64 0, i64 0
  store ptr %165, ptr %39, align 8
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), ptr %40, align 8
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 6), ptr %41, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %43, ptr align 16 @__const.func_23.l_1094, i64 48, i1 false)
  store ptr null, ptr %44, align 8
  store ptr %11, ptr %45, align 8
  store ptr @g_196, ptr %46, align 8
  store ptr @g_297, ptr %47, align 8
  store i32 0, ptr %48, align 4
  br label %166

166:                                              ; preds = %173, %161
  %167 = load i32, ptr %48, align 4
  %168 = icmp slt i32 %167, 4
  br i1 %168, label %169, label %176

169:                                              ; preds = %166
  %170 = load i32, ptr %48, align 4
  %171 = sext i32 %170 to i64
  %172 = getelementptr inbounds [4 x ptr], ptr %42, i64 0, i64 %171
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), ptr %172, align 8
  br label %173

173:                                              ; preds = %169
  %174 = load i32, ptr %48, align 4
  %175 = add nsw i32 %174, 1
  store i32 %175, ptr %48, align 4
  br label %166, !llvm.loop !30

176:                                              ; preds = %166
  %177 = load i32, ptr %9, align 4
  %178 = load ptr, ptr @g_994, align 8
  %179 = load ptr, ptr %178, align 8
  store i32 %177, ptr %179, align 4
  %180 = load i32, ptr %10, align 4
  %181 = add i32 %180, -1
  store i32 %181, ptr %10, align 4
  %182 = load i32, ptr @g_480, align 8
  %183 = getelementptr inbounds [6 x ptr], ptr %43, i64 0, i64 2
  %184 = load ptr, ptr %183, align 16
  %185 = icmp eq ptr null, %184
  %186 = zext i1 %185 to i32
  %187 = trunc i32 %186 to i8
  %188 = load ptr, ptr %11, align 8
  %189 = load ptr, ptr %45, align 8
  store ptr %188, ptr %189, align 8
  %190 = load ptr, ptr %12, align 8
  %191 = load ptr, ptr %46, align 8
  store ptr %190, ptr %191, align 8
  %192 = icmp ne ptr %188, %190
  %193 = zext i1 %192 to i32
  %194 = trunc i32 %193 to i8
  %195 = call signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext %187, i8 noundef signext %194)
  %196 = load ptr, ptr %47, align 8
  %197 = icmp ne ptr %6, %196
  %198 = zext i1 %197 to i32
  %199 = load i32, ptr %10, align 4
  %200 = icmp uge i32 %198, %199
  %201 = zext i1 %200 to i32
  %202 = icmp uge i32 %182, %201
  %203 = zext i1 %202 to i32
  %204 = load ptr, ptr @g_635, align 8
  %205 = load i16, ptr %204, align 2
  %206 = zext i16 %205 to i32
  %207 = and i32 %206, %203
  %208 = trunc i32 %207 to i16
  store i16 %208, ptr %204, align 2
  %209 = zext i16 %208 to i64
  %210 = icmp ugt i64 %209, 0
  %211 = zext i1 %210 to i32
  %212 = load ptr, ptr %29, align 8
  %213 = load i32, ptr %212, align 4
  %214 = sext i32 %213 to i64
  %215 = icmp ugt i64 250, %214
  %216 = zext i1 %215 to i32
  %217 = load i32, ptr %10, align 4
  %218 = icmp ugt i32 %216, %217
  %219 = zext i1 %218 to i32
  %220 = load i8, ptr %3, align 1
  %221 = sext i8 %220 to i32
  %222 = icmp ne i32 %221, 0
  br i1 %222, label %227, label %223

223:                                              ; preds = %176
  %224 = load ptr, ptr %37, align 8
  %225 = load i32, ptr %224, align 4
  %226 = icmp ne i32 %225, 0
  br label %227

227:                                              ; preds = %223, %176
  %228 = phi i1 [ true, %176 ], [ %226, %223 ]
  %229 = zext i1 %228 to i32
  %230 = trunc i32 %229 to i8
  %231 = call zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %230, i32 noundef 0)
  %232 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext %231, i8 noundef signext -7)
  %233 = sext i8 %232 to i16
  %234 = call zeroext i16 @safe_div_func_uint16_t_u_u(i16 noundef zeroext 6, i16 noundef zeroext %233)
  %235 = zext i16 %234 to i32
  %236 = icmp ne i32 %235, 0
  br i1 %236, label %242, label %237

237:                                              ; preds = %227
  br i1 true, label %242, label %238

238:                                              ; preds = %237
  %239 = load ptr, ptr %39, align 8
  %240 = load i32, ptr %239, align 4
  %241 = icmp ne i32 %240, 0
  br label %242

242:                                              ; preds = %238, %237, %227
  %243 = phi i1 [ true, %237 ], [ true, %227 ], [ %241, %238 ]
  %244 = zext i1 %243 to i32
  %245 = load ptr, ptr %37, align 8
  store i32 %244, ptr %245, align 4
  br label %246

246:                                              ; preds = %242, %129
  store i64 13, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 5), align 1
  br label %247

247:                                              ; preds = %264, %246
  %248 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 5), align 1
  %249 = icmp slt i64 %248, 27
  br i1 %249, label %250, label %267

250:                                              ; preds = %247
  %251 = load i8, ptr %3, align 1
  %252 = icmp ne i8 %251, 0
  br i1 %252, label %253, label %254

253:                                              ; preds = %250
  br label %267

254:                                              ; preds = %250
  %255 = load ptr, ptr @g_498, align 8
  %256 = load volatile ptr, ptr %255, align 8
  %257 = icmp eq ptr %256, null
  %258 = zext i1 %257 to i32
  %259 = load ptr, ptr @g_64, align 8
  %260 = load i32, ptr %259, align 4
  %261 = xor i32 %260, %258
  store i32 %261, ptr %259, align 4
  %262 = load volatile ptr, ptr @g_259, align 8
  %263 = load ptr, ptr %262, align 8
  store ptr %263, ptr %13, align 8
  br label %264

264:                                              ; preds = %254
  %265 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 5), align 1
  %266 = add nsw i64 %265, 1
  store i64 %266, ptr getelementptr inbounds (%struct.S2, ptr @g_852, i32 0, i32 5), align 1
  br label %247, !llvm.loop !31

267:                                              ; preds = %253, %247
  %268 = load ptr, ptr %13, align 8
  %269 = load i32, ptr %268, align 4
  %270 = trunc i32 %269 to i8
  ret i8 %270
}

; Function Attrs: noinline nounwind uwtable
define internal signext i16 @safe_lshift_func_int16_t_s_s(i16 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %20, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %9, 0
  br i1 %10, label %20, label %11

11:                                               ; preds = %8
  %12 = load i32, ptr %4, align 4
  %13 = icmp sge i32 %12, 32
  br i1 %13, label %20, label %14

14:                                               ; preds = %11
  %15 = load i16, ptr %3, align 2
  %16 = sext i16 %15 to i32
  %17 = load i32, ptr %4, align 4
  %18 = ashr i32 32767, %17
  %19 = icmp sgt i32 %16, %18
  br i1 %19, label %20, label %23

20:                                               ; preds = %14, %11, %8, %2
  %21 = load i16, ptr %3, align 2
  %22 = sext i16 %21 to i32
  br label %28

23:                                               ; preds = %14
  %24 = load i16, ptr %3, align 2
  %25 = sext i16 %24 to i32
  %26 = load i32, ptr %4, align 4
  %27 = shl i32 %25, %26
  br label %28

28:                                               ; preds = %23, %20
  %29 = phi i32 [ %22, %20 ], [ %27, %23 ]
  %30 = trunc i32 %29 to i16
  ret i16 %30
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @func_28(ptr noundef %0, ptr noundef %1, ptr noundef %2, i16 noundef zeroext %3, i16 noundef signext %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i16, align 2
  %10 = alloca i16, align 2
  %11 = alloca i8, align 1
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store ptr %2, ptr %8, align 8
  store i16 %3, ptr %9, align 2
  store i16 %4, ptr %10, align 2
  store i8 45, ptr %11, align 1
  store ptr getelementptr inbounds ([7 x i32], ptr getelementptr inbounds ([5 x [7 x i32]], ptr @g_904, i64 0, i64 4), i64 0, i64 2), ptr %12, align 8
  %15 = load ptr, ptr @g_634, align 8
  %16 = load ptr, ptr %15, align 8
  %17 = load i16, ptr %16, align 2
  %18 = zext i16 %17 to i32
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %80, label %20

20:                                               ; preds = %5
  %21 = load volatile i64, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 1), align 4
  %22 = icmp ne i64 %21, 0
  br i1 %22, label %23, label %70

23:                                               ; preds = %20
  %24 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 7), i32 0, i32 1), align 8
  %25 = zext i16 %24 to i32
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %27, label %70

27:                                               ; preds = %23
  %28 = load volatile ptr, ptr @g_244, align 8
  %29 = load ptr, ptr %28, align 8
  %30 = load ptr, ptr %29, align 8
  %31 = load ptr, ptr %30, align 8
  %32 = load i64, ptr %31, align 8
  %33 = load ptr, ptr @g_242, align 8
  %34 = load ptr, ptr %33, align 8
  store i64 %32, ptr %34, align 8
  %35 = load i16, ptr %10, align 2
  %36 = sext i16 %35 to i64
  %37 = or i64 %32, %36
  %38 = load volatile i16, ptr getelementptr inbounds (%struct.S1, ptr @g_978, i32 0, i32 2), align 4
  %39 = load ptr, ptr @g_634, align 8
  %40 = load ptr, ptr %39, align 8
  %41 = load i16, ptr %40, align 2
  %42 = zext i16 %41 to i32
  %43 = load i8, ptr %11, align 1
  %44 = zext i8 %43 to i32
  %45 = icmp sle i32 %42, %44
  %46 = zext i1 %45 to i32
  %47 = trunc i32 %46 to i8
  %48 = load i8, ptr %11, align 1
  %49 = call signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext %47, i8 noundef signext %48)
  %50 = sext i8 %49 to i32
  %51 = call i32 @safe_div_func_uint32_t_u_u(i32 noundef %50, i32 noundef -1199238354)
  %52 = icmp ne i32 %51, 0
  br i1 %52, label %53, label %57

53:                                               ; preds = %27
  %54 = load i8, ptr %11, align 1
  %55 = zext i8 %54 to i32
  %56 = icmp ne i32 %55, 0
  br label %57

57:                                               ; preds = %53, %27
  %58 = phi i1 [ false, %27 ], [ %56, %53 ]
  %59 = zext i1 %58 to i32
  %60 = trunc i32 %59 to i16
  %61 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %60, i16 noundef signext -9)
  %62 = sext i16 %61 to i32
  %63 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 5), i32 0, i32 2), align 1
  %64 = zext i16 %63 to i32
  %65 = xor i32 %62, %64
  %66 = trunc i32 %65 to i16
  %67 = call signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext %66, i32 noundef 2)
  %68 = sext i16 %67 to i32
  %69 = icmp ne i32 %68, 0
  br i1 %69, label %74, label %70

70:                                               ; preds = %57, %23, %20
  %71 = load volatile ptr, ptr @g_194, align 8
  %72 = load volatile i64, ptr %71, align 8
  %73 = icmp ne i64 %72, 0
  br label %74

74:                                               ; preds = %70, %57
  %75 = phi i1 [ true, %57 ], [ %73, %70 ]
  %76 = zext i1 %75 to i32
  %77 = load i16, ptr %9, align 2
  %78 = zext i16 %77 to i32
  %79 = icmp eq i32 %76, %78
  br label %80

80:                                               ; preds = %74, %5
  %81 = phi i1 [ true, %5 ], [ %79, %74 ]
  %82 = zext i1 %81 to i32
  %83 = trunc i32 %82 to i8
  %84 = call zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %83, i32 noundef 114365070)
  %85 = zext i8 %84 to i32
  %86 = load ptr, ptr @g_994, align 8
  %87 = load ptr, ptr %86, align 8
  store i32 %85, ptr %87, align 4
  %88 = load i8, ptr %11, align 1
  %89 = zext i8 %88 to i32
  %90 = xor i32 %85, %89
  %91 = load i16, ptr %9, align 2
  %92 = zext i16 %91 to i32
  %93 = and i32 %90, %92
  %94 = load ptr, ptr %8, align 8
  %95 = load i32, ptr %94, align 4
  %96 = load ptr, ptr %12, align 8
  %97 = load i32, ptr %96, align 4
  %98 = and i32 %97, %95
  store i32 %98, ptr %96, align 4
  store i64 8, ptr @g_103, align 8
  br label %99

99:                                               ; preds = %105, %80
  %100 = load i64, ptr @g_103, align 8
  %101 = icmp ult i64 %100, 55
  br i1 %101, label %102, label %110

102:                                              ; preds = %99
  store ptr getelementptr inbounds (%struct.S2, ptr @g_480, i32 0, i32 5), ptr %13, align 8
  store ptr %13, ptr %14, align 8
  %103 = load ptr, ptr %13, align 8
  %104 = load ptr, ptr %14, align 8
  store ptr %103, ptr %104, align 8
  br label %105

105:                                              ; preds = %102
  %106 = load i64, ptr @g_103, align 8
  %107 = trunc i64 %106 to i8
  %108 = call signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext %107, i8 noundef signext 7)
  %109 = sext i8 %108 to i64
  store i64 %109, ptr @g_103, align 8
  br label %99, !llvm.loop !32

110:                                              ; preds = %99
  %111 = load ptr, ptr %12, align 8
  %112 = load i32, ptr %111, align 4
  ret i32 %112
}

; Function Attrs: noinline nounwind uwtable
define internal ptr @func_34(i32 noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca [2 x [9 x ptr]], align 16
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca [6 x [4 x ptr]], align 16
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca ptr, align 8
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca ptr, align 8
  %19 = alloca %struct.S0, align 1
  %20 = alloca i32, align 4
  %21 = alloca [1 x ptr], align 8
  %22 = alloca i32, align 4
  %23 = alloca ptr, align 8
  %24 = alloca i32, align 4
  %25 = alloca i64, align 8
  %26 = alloca i32, align 4
  %27 = alloca [10 x ptr], align 16
  %28 = alloca ptr, align 8
  %29 = alloca [4 x [2 x ptr]], align 16
  %30 = alloca ptr, align 8
  %31 = alloca i32, align 4
  %32 = alloca ptr, align 8
  %33 = alloca i16, align 2
  %34 = alloca i32, align 4
  %35 = alloca i32, align 4
  %36 = alloca %struct.S1, align 4
  %37 = alloca [1 x [4 x i16]], align 2
  %38 = alloca i32, align 4
  %39 = alloca i32, align 4
  %40 = alloca [7 x [9 x ptr]], align 16
  %41 = alloca i32, align 4
  %42 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), ptr %4, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %5, ptr align 16 @__const.func_34.l_87, i64 144, i1 false)
  store ptr @g_196, ptr %6, align 8
  store ptr @g_196, ptr %7, align 8
  store ptr null, ptr %8, align 8
  store ptr @g_675, ptr %9, align 8
  store ptr null, ptr %10, align 8
  call void @llvm.memset.p0.i64(ptr align 16 %11, i8 0, i64 192, i1 false)
  store ptr null, ptr %12, align 8
  %43 = getelementptr inbounds [6 x [4 x ptr]], ptr %11, i64 0, i64 1
  %44 = getelementptr inbounds [4 x ptr], ptr %43, i64 0, i64 2
  store ptr %44, ptr %13, align 8
  store ptr @g_298, ptr %14, align 8
  store ptr getelementptr inbounds ([7 x i32], ptr getelementptr inbounds ([5 x [7 x i32]], ptr @g_904, i64 0, i64 4), i64 0, i64 2), ptr %15, align 8
  store i32 -15, ptr %3, align 4
  br label %45

45:                                               ; preds = %76, %1
  %46 = load i32, ptr %3, align 4
  %47 = icmp slt i32 %46, 11
  br i1 %47, label %48, label %79

48:                                               ; preds = %45
  store ptr @g_64, ptr %18, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %19, ptr align 1 @__const.func_34.l_911, i64 12, i1 false)
  store i32 -1942240209, ptr %20, align 4
  store i32 0, ptr %22, align 4
  br label %49

49:                                               ; preds = %56, %48
  %50 = load i32, ptr %22, align 4
  %51 = icmp slt i32 %50, 1
  br i1 %51, label %52, label %59

52:                                               ; preds = %49
  %53 = load i32, ptr %22, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [1 x ptr], ptr %21, i64 0, i64 %54
  store ptr @g_931, ptr %55, align 8
  br label %56

56:                                               ; preds = %52
  %57 = load i32, ptr %22, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %22, align 4
  br label %49, !llvm.loop !33

59:                                               ; preds = %49
  store i16 20, ptr @g_14, align 2
  br label %60

60:                                               ; preds = %72, %59
  %61 = load i16, ptr @g_14, align 2
  %62 = zext i16 %61 to i32
  %63 = icmp sle i32 %62, 41
  br i1 %63, label %64, label %75

64:                                               ; preds = %60
  store ptr @g_103, ptr %23, align 8
  store i32 -1891447901, ptr %24, align 4
  store i64 -1558830975447686124, ptr %25, align 8
  store i32 -342207772, ptr %26, align 4
  call void @llvm.memset.p0.i64(ptr align 16 %27, i8 0, i64 80, i1 false)
  store ptr getelementptr inbounds ([9 x ptr], ptr @g_306, i64 0, i64 3), ptr %28, align 8
  store ptr %6, ptr %29, align 8
  %65 = getelementptr inbounds ptr, ptr %29, i64 1
  store ptr null, ptr %65, align 8
  %66 = getelementptr inbounds [2 x ptr], ptr %29, i64 1
  store ptr %6, ptr %66, align 8
  %67 = getelementptr inbounds ptr, ptr %66, i64 1
  store ptr null, ptr %67, align 8
  %68 = getelementptr inbounds [2 x ptr], ptr %29, i64 2
  store ptr %6, ptr %68, align 8
  %69 = getelementptr inbounds ptr, ptr %68, i64 1
  store ptr null, ptr %69, align 8
  %70 = getelementptr inbounds [2 x ptr], ptr %29, i64 3
  store ptr %6, ptr %70, align 8
  %71 = getelementptr inbounds ptr, ptr %70, i64 1
  store ptr null, ptr %71, align 8
  store ptr @g_196, ptr %30, align 8
  store i32 2083554868, ptr %31, align 4
  store ptr @g_931, ptr %32, align 8
  store i16 1, ptr %33, align 2
  br label %72

72:                                               ; preds = %64
  %73 = load i16, ptr @g_14, align 2
  %74 = add i16 %73, 1
  store i16 %74, ptr @g_14, align 2
  br label %60, !llvm.loop !34

75:                                               ; preds = %60
  br label %76

76:                                               ; preds = %75
  %77 = load i32, ptr %3, align 4
  %78 = add nsw i32 %77, 1
  store i32 %78, ptr %3, align 4
  br label %45, !llvm.loop !35

79:                                               ; preds = %45
  %80 = load ptr, ptr %4, align 8
  %81 = load i32, ptr %80, align 4
  %82 = sext i32 %81 to i64
  %83 = icmp ne i64 %82, 0
  %84 = zext i1 %83 to i32
  %85 = trunc i32 %84 to i8
  %86 = load ptr, ptr %10, align 8
  store ptr %86, ptr @g_993, align 8
  %87 = icmp eq ptr %86, @g_994
  %88 = zext i1 %87 to i32
  %89 = sext i32 %88 to i64
  %90 = icmp sle i64 463576460, %89
  %91 = zext i1 %90 to i32
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %36, ptr align 4 @g_999, i64 12, i1 true)
  %92 = getelementptr inbounds [6 x [4 x ptr]], ptr %11, i64 0, i64 1
  %93 = getelementptr inbounds [4 x ptr], ptr %92, i64 0, i64 2
  %94 = load ptr, ptr %93, align 16
  %95 = load ptr, ptr %13, align 8
  store ptr %94, ptr %95, align 8
  %96 = load ptr, ptr %14, align 8
  store ptr %96, ptr %14, align 8
  %97 = icmp ne ptr %94, %96
  %98 = zext i1 %97 to i32
  %99 = trunc i32 %98 to i8
  %100 = load ptr, ptr @g_994, align 8
  %101 = load ptr, ptr %100, align 8
  %102 = load i32, ptr %101, align 4
  %103 = icmp ne i32 %102, 0
  br i1 %103, label %108, label %104

104:                                              ; preds = %79
  %105 = load ptr, ptr %4, align 8
  %106 = load i32, ptr %105, align 4
  %107 = icmp ne i32 %106, 0
  br label %108

108:                                              ; preds = %104, %79
  %109 = phi i1 [ true, %79 ], [ %107, %104 ]
  %110 = zext i1 %109 to i32
  %111 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 5), i32 0, i32 1), align 1
  %112 = call signext i16 @safe_unary_minus_func_int16_t_s(i16 noundef signext %111)
  %113 = sext i16 %112 to i64
  %114 = call i64 @safe_mod_func_int64_t_s_s(i64 noundef %113, i64 noundef 8064247649564807652)
  %115 = load i32, ptr %3, align 4
  %116 = trunc i32 %115 to i8
  %117 = call signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext %116, i8 noundef signext 109)
  %118 = sext i8 %117 to i64
  %119 = icmp slt i64 %118, 0
  %120 = zext i1 %119 to i32
  %121 = sext i32 %120 to i64
  %122 = load i64, ptr getelementptr inbounds (%struct.S2, ptr @g_366, i32 0, i32 5), align 1
  %123 = and i64 %121, %122
  %124 = trunc i64 %123 to i8
  %125 = load i32, ptr %3, align 4
  %126 = call zeroext i8 @safe_lshift_func_uint8_t_u_s(i8 noundef zeroext %124, i32 noundef %125)
  %127 = call signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext %99, i8 noundef signext %126)
  %128 = sext i8 %127 to i16
  %129 = load i32, ptr %3, align 4
  %130 = trunc i32 %129 to i16
  %131 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %128, i16 noundef zeroext %130)
  %132 = zext i16 %131 to i32
  %133 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_675, i32 0, i32 5), i32 0, i32 2), align 1
  %134 = zext i16 %133 to i32
  %135 = icmp ne i32 %132, %134
  %136 = zext i1 %135 to i32
  %137 = sext i32 %136 to i64
  %138 = icmp eq i64 %137, -1
  %139 = zext i1 %138 to i32
  %140 = icmp slt i32 %91, %139
  %141 = zext i1 %140 to i32
  %142 = call signext i8 @safe_lshift_func_int8_t_s_u(i8 noundef signext %85, i32 noundef %141)
  %143 = sext i8 %142 to i32
  %144 = load ptr, ptr @g_65, align 8
  %145 = load i32, ptr %144, align 4
  %146 = call i32 @safe_sub_func_uint32_t_u_u(i32 noundef %143, i32 noundef %145)
  %147 = load ptr, ptr %4, align 8
  %148 = load i32, ptr %147, align 4
  %149 = icmp ult i32 %146, %148
  %150 = zext i1 %149 to i32
  %151 = trunc i32 %150 to i16
  %152 = load i32, ptr %3, align 4
  %153 = trunc i32 %152 to i16
  %154 = call zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext %151, i16 noundef zeroext %153)
  %155 = load ptr, ptr @g_635, align 8
  store i16 -6373, ptr %155, align 2
  %156 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext -6373, i16 noundef zeroext -10179)
  %157 = icmp ne i16 %156, 0
  %158 = xor i1 %157, true
  %159 = zext i1 %158 to i32
  %160 = load ptr, ptr @g_994, align 8
  %161 = load ptr, ptr %160, align 8
  %162 = load i32, ptr %161, align 4
  %163 = load ptr, ptr %15, align 8
  %164 = load i32, ptr %163, align 4
  %165 = and i32 %164, %162
  store i32 %165, ptr %163, align 4
  store i16 -21, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 5), i32 0, i32 2), align 1
  br label %166

166:                                              ; preds = %190, %108
  %167 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 5), i32 0, i32 2), align 1
  %168 = zext i16 %167 to i32
  %169 = icmp sle i32 %168, 19
  br i1 %169, label %170, label %193

170:                                              ; preds = %166
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %37, ptr align 2 @__const.func_34.l_1014, i64 8, i1 false)
  %171 = getelementptr inbounds [1 x [4 x i16]], ptr %37, i64 0, i64 0
  %172 = getelementptr inbounds [4 x i16], ptr %171, i64 0, i64 0
  %173 = load i16, ptr %172, align 2
  %174 = icmp ne i16 %173, 0
  br i1 %174, label %175, label %176

175:                                              ; preds = %170
  br label %193

176:                                              ; preds = %170
  store i32 0, ptr @g_897, align 4
  br label %177

177:                                              ; preds = %184, %176
  %178 = load i32, ptr @g_897, align 4
  %179 = icmp sle i32 %178, -6
  br i1 %179, label %180, label %189

180:                                              ; preds = %177
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %40, ptr align 16 @__const.func_34.l_1017, i64 504, i1 false)
  %181 = getelementptr inbounds [7 x [9 x ptr]], ptr %40, i64 0, i64 6
  %182 = getelementptr inbounds [9 x ptr], ptr %181, i64 0, i64 0
  %183 = load ptr, ptr %182, align 16
  store ptr %183, ptr %2, align 8
  br label %196

184:                                              ; No predecessors!
  %185 = load i32, ptr @g_897, align 4
  %186 = sext i32 %185 to i64
  %187 = call i64 @safe_sub_func_int64_t_s_s(i64 noundef %186, i64 noundef 1)
  %188 = trunc i64 %187 to i32
  store i32 %188, ptr @g_897, align 4
  br label %177, !llvm.loop !36

189:                                              ; preds = %177
  br label %190

190:                                              ; preds = %189
  %191 = load i16, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 5), i32 0, i32 2), align 1
  %192 = add i16 %191, 1
  store i16 %192, ptr getelementptr inbounds (%struct.S0, ptr getelementptr inbounds (%struct.S2, ptr @g_673, i32 0, i32 5), i32 0, i32 2), align 1
  br label %166, !llvm.loop !37

193:                                              ; preds = %175, %166
  %194 = load volatile ptr, ptr @g_259, align 8
  %195 = load ptr, ptr %194, align 8
  store ptr %195, ptr %2, align 8
  br label %196

196:                                              ; preds = %193, %180
  %197 = load ptr, ptr %2, align 8
  ret ptr %197
}

; Function Attrs: noinline nounwind uwtable
define internal zeroext i8 @safe_sub_func_uint8_t_u_u(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = zext i8 %7 to i32
  %9 = sub nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: noinline nounwind uwtable
define internal signext i16 @safe_add_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = sext i16 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind uwtable
define internal zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp uge i32 %5, 32
  br i1 %6, label %13, label %7

7:                                                ; preds = %2
  %8 = load i16, ptr %3, align 2
  %9 = zext i16 %8 to i32
  %10 = load i32, ptr %4, align 4
  %11 = ashr i32 65535, %10
  %12 = icmp sgt i32 %9, %11
  br i1 %12, label %13, label %16

13:                                               ; preds = %7, %2
  %14 = load i16, ptr %3, align 2
  %15 = zext i16 %14 to i32
  br label %21

16:                                               ; preds = %7
  %17 = load i16, ptr %3, align 2
  %18 = zext i16 %17 to i32
  %19 = load i32, ptr %4, align 4
  %20 = shl i32 %18, %19
  br label %21

21:                                               ; preds = %16, %13
  %22 = phi i32 [ %15, %13 ], [ %20, %16 ]
  %23 = trunc i32 %22 to i16
  ret i16 %23
}

; Function Attrs: noinline nounwind uwtable
define internal zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp slt i32 %5, 0
  br i1 %6, label %10, label %7

7:                                                ; preds = %2
  %8 = load i32, ptr %4, align 4
  %9 = icmp sge i32 %8, 32
  br i1 %9, label %10, label %13

10:                                               ; preds = %7, %2
  %11 = load i16, ptr %3, align 2
  %12 = zext i16 %11 to i32
  br label %18

13:                                               ; preds = %7
  %14 = load i16, ptr %3, align 2
  %15 = zext i16 %14 to i32
  %16 = load i32, ptr %4, align 4
  %17 = ashr i32 %15, %16
  br label %18

18:                                               ; preds = %13, %10
  %19 = phi i32 [ %12, %10 ], [ %17, %13 ]
  %20 = trunc i32 %19 to i16
  ret i16 %20
}

; Function Attrs: noinline nounwind uwtable
define internal ptr @func_44(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca [10 x i32], align 16
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca ptr, align 8
  %16 = alloca [10 x [9 x [2 x ptr]]], align 16
  %17 = alloca i16, align 2
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), ptr %3, align 8
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 7), ptr %4, align 8
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), ptr %5, align 8
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), ptr %6, align 8
  store ptr null, ptr %7, align 8
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), ptr %8, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %9, ptr align 16 @__const.func_44.l_52, i64 40, i1 false)
  store ptr null, ptr %10, align 8
  %21 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 9
  store ptr %21, ptr %11, align 8
  store ptr null, ptr %12, align 8
  %22 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %22, ptr %13, align 8
  %23 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %23, ptr %14, align 8
  %24 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %24, ptr %15, align 8
  %25 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %25, ptr %16, align 8
  %26 = getelementptr inbounds ptr, ptr %16, i64 1
  %27 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %27, ptr %26, align 8
  %28 = getelementptr inbounds [2 x ptr], ptr %16, i64 1
  %29 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %29, ptr %28, align 8
  %30 = getelementptr inbounds ptr, ptr %28, i64 1
  %31 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %31, ptr %30, align 8
  %32 = getelementptr inbounds [2 x ptr], ptr %16, i64 2
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), ptr %32, align 8
  %33 = getelementptr inbounds ptr, ptr %32, i64 1
  %34 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %34, ptr %33, align 8
  %35 = getelementptr inbounds [2 x ptr], ptr %16, i64 3
  %36 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %36, ptr %35, align 8
  %37 = getelementptr inbounds ptr, ptr %35, i64 1
  %38 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %38, ptr %37, align 8
  %39 = getelementptr inbounds [2 x ptr], ptr %16, i64 4
  %40 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 3
  store ptr %40, ptr %39, align 8
  %41 = getelementptr inbounds ptr, ptr %39, i64 1
  %42 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %42, ptr %41, align 8
  %43 = getelementptr inbounds [2 x ptr], ptr %16, i64 5
  %44 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 9
  store ptr %44, ptr %43, align 8
  %45 = getelementptr inbounds ptr, ptr %43, i64 1
  %46 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %46, ptr %45, align 8
  %47 = getelementptr inbounds [2 x ptr], ptr %16, i64 6
  %48 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %48, ptr %47, align 8
  %49 = getelementptr inbounds ptr, ptr %47, i64 1
  %50 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %50, ptr %49, align 8
  %51 = getelementptr inbounds [2 x ptr], ptr %16, i64 7
  %52 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %52, ptr %51, align 8
  %53 = getelementptr inbounds ptr, ptr %51, i64 1
  %54 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %54, ptr %53, align 8
  %55 = getelementptr inbounds [2 x ptr], ptr %16, i64 8
  %56 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %56, ptr %55, align 8
  %57 = getelementptr inbounds ptr, ptr %55, i64 1
  %58 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %58, ptr %57, align 8
  %59 = getelementptr inbounds [9 x [2 x ptr]], ptr %16, i64 1
  %60 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %60, ptr %59, align 8
  %61 = getelementptr inbounds ptr, ptr %59, i64 1
  %62 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %62, ptr %61, align 8
  %63 = getelementptr inbounds [2 x ptr], ptr %59, i64 1
  %64 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %64, ptr %63, align 8
  %65 = getelementptr inbounds ptr, ptr %63, i64 1
  %66 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %66, ptr %65, align 8
  %67 = getelementptr inbounds [2 x ptr], ptr %59, i64 2
  %68 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %68, ptr %67, align 8
  %69 = getelementptr inbounds ptr, ptr %67, i64 1
  %70 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %70, ptr %69, align 8
  %71 = getelementptr inbounds [2 x ptr], ptr %59, i64 3
  %72 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 9
  store ptr %72, ptr %71, align 8
  %73 = getelementptr inbounds ptr, ptr %71, i64 1
  %74 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %74, ptr %73, align 8
  %75 = getelementptr inbounds [2 x ptr], ptr %59, i64 4
  %76 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 3
  store ptr %76, ptr %75, align 8
  %77 = getelementptr inbounds ptr, ptr %75, i64 1
  %78 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %78, ptr %77, align 8
  %79 = getelementptr inbounds [2 x ptr], ptr %59, i64 5
  %80 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %80, ptr %79, align 8
  %81 = getelementptr inbounds ptr, ptr %79, i64 1
  %82 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %82, ptr %81, align 8
  %83 = getelementptr inbounds [2 x ptr], ptr %59, i64 6
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), ptr %83, align 8
  %84 = getelementptr inbounds ptr, ptr %83, i64 1
  %85 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %85, ptr %84, align 8
  %86 = getelementptr inbounds [2 x ptr], ptr %59, i64 7
  %87 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %87, ptr %86, align 8
  %88 = getelementptr inbounds ptr, ptr %86, i64 1
  %89 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %89, ptr %88, align 8
  %90 = getelementptr inbounds [2 x ptr], ptr %59, i64 8
  %91 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %91, ptr %90, align 8
  %92 = getelementptr inbounds ptr, ptr %90, i64 1
  %93 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %93, ptr %92, align 8
  %94 = getelementptr inbounds [9 x [2 x ptr]], ptr %16, i64 2
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), ptr %94, align 8
  %95 = getelementptr inbounds ptr, ptr %94, i64 1
  %96 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %96, ptr %95, align 8
  %97 = getelementptr inbounds [2 x ptr], ptr %94, i64 1
  %98 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %98, ptr %97, align 8
  %99 = getelementptr inbounds ptr, ptr %97, i64 1
  %100 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %100, ptr %99, align 8
  %101 = getelementptr inbounds [2 x ptr], ptr %94, i64 2
  %102 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 3
  store ptr %102, ptr %101, align 8
  %103 = getelementptr inbounds ptr, ptr %101, i64 1
  %104 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %104, ptr %103, align 8
  %105 = getelementptr inbounds [2 x ptr], ptr %94, i64 3
  %106 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 9
  store ptr %106, ptr %105, align 8
  %107 = getelementptr inbounds ptr, ptr %105, i64 1
  %108 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %108, ptr %107, align 8
  %109 = getelementptr inbounds [2 x ptr], ptr %94, i64 4
  %110 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %110, ptr %109, align 8
  %111 = getelementptr inbounds ptr, ptr %109, i64 1
  %112 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %112, ptr %111, align 8
  %113 = getelementptr inbounds [2 x ptr], ptr %94, i64 5
  %114 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %114, ptr %113, align 8
  %115 = getelementptr inbounds ptr, ptr %113, i64 1
  %116 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %116, ptr %115, align 8
  %117 = getelementptr inbounds [2 x ptr], ptr %94, i64 6
  %118 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %118, ptr %117, align 8
  %119 = getelementptr inbounds ptr, ptr %117, i64 1
  %120 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %120, ptr %119, align 8
  %121 = getelementptr inbounds [2 x ptr], ptr %94, i64 7
  %122 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %122, ptr %121, align 8
  %123 = getelementptr inbounds ptr, ptr %121, i64 1
  %124 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %124, ptr %123, align 8
  %125 = getelementptr inbounds [2 x ptr], ptr %94, i64 8
  %126 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %126, ptr %125, align 8
  %127 = getelementptr inbounds ptr, ptr %125, i64 1
  %128 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %128, ptr %127, align 8
  %129 = getelementptr inbounds [9 x [2 x ptr]], ptr %16, i64 3
  %130 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %130, ptr %129, align 8
  %131 = getelementptr inbounds ptr, ptr %129, i64 1
  %132 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %132, ptr %131, align 8
  %133 = getelementptr inbounds [2 x ptr], ptr %129, i64 1
  %134 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 9
  store ptr %134, ptr %133, align 8
  %135 = getelementptr inbounds ptr, ptr %133, i64 1
  %136 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %136, ptr %135, align 8
  %137 = getelementptr inbounds [2 x ptr], ptr %129, i64 2
  %138 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 3
  store ptr %138, ptr %137, align 8
  %139 = getelementptr inbounds ptr, ptr %137, i64 1
  %140 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %140, ptr %139, align 8
  %141 = getelementptr inbounds [2 x ptr], ptr %129, i64 3
  %142 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %142, ptr %141, align 8
  %143 = getelementptr inbounds ptr, ptr %141, i64 1
  %144 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %144, ptr %143, align 8
  %145 = getelementptr inbounds [2 x ptr], ptr %129, i64 4
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), ptr %145, align 8
  %146 = getelementptr inbounds ptr, ptr %145, i64 1
  %147 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %147, ptr %146, align 8
  %148 = getelementptr inbounds [2 x ptr], ptr %129, i64 5
  %149 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %149, ptr %148, align 8
  %150 = getelementptr inbounds ptr, ptr %148, i64 1
  %151 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %151, ptr %150, align 8
  %152 = getelementptr inbounds [2 x ptr], ptr %129, i64 6
  %153 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %153, ptr %152, align 8
  %154 = getelementptr inbounds ptr, ptr %152, i64 1
  %155 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %155, ptr %154, align 8
  %156 = getelementptr inbounds [2 x ptr], ptr %129, i64 7
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), ptr %156, align 8
  %157 = getelementptr inbounds ptr, ptr %156, i64 1
  %158 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %158, ptr %157, align 8
  %159 = getelementptr inbounds [2 x ptr], ptr %129, i64 8
  %160 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %160, ptr %159, align 8
  %161 = getelementptr inbounds ptr, ptr %159, i64 1
  %162 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %162, ptr %161, align 8
  %163 = getelementptr inbounds [9 x [2 x ptr]], ptr %16, i64 4
  %164 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 3
  store ptr %164, ptr %163, align 8
  %165 = getelementptr inbounds ptr, ptr %163, i64 1
  %166 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %166, ptr %165, align 8
  %167 = getelementptr inbounds [2 x ptr], ptr %163, i64 1
  %168 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 9
  store ptr %168, ptr %167, align 8
  %169 = getelementptr inbounds ptr, ptr %167, i64 1
  %170 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %170, ptr %169, align 8
  %171 = getelementptr inbounds [2 x ptr], ptr %163, i64 2
  %172 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %172, ptr %171, align 8
  %173 = getelementptr inbounds ptr, ptr %171, i64 1
  %174 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %174, ptr %173, align 8
  %175 = getelementptr inbounds [2 x ptr], ptr %163, i64 3
  %176 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %176, ptr %175, align 8
  %177 = getelementptr inbounds ptr, ptr %175, i64 1
  %178 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %178, ptr %177, align 8
  %179 = getelementptr inbounds [2 x ptr], ptr %163, i64 4
  %180 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %180, ptr %179, align 8
  %181 = getelementptr inbounds ptr, ptr %179, i64 1
  %182 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %182, ptr %181, align 8
  %183 = getelementptr inbounds [2 x ptr], ptr %163, i64 5
  %184 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %184, ptr %183, align 8
  %185 = getelementptr inbounds ptr, ptr %183, i64 1
  %186 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %186, ptr %185, align 8
  %187 = getelementptr inbounds [2 x ptr], ptr %163, i64 6
  %188 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %188, ptr %187, align 8
  %189 = getelementptr inbounds ptr, ptr %187, i64 1
  %190 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %190, ptr %189, align 8
  %191 = getelementptr inbounds [2 x ptr], ptr %163, i64 7
  %192 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %192, ptr %191, align 8
  %193 = getelementptr inbounds ptr, ptr %191, i64 1
  %194 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %194, ptr %193, align 8
  %195 = getelementptr inbounds [2 x ptr], ptr %163, i64 8
  %196 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 9
  store ptr %196, ptr %195, align 8
  %197 = getelementptr inbounds ptr, ptr %195, i64 1
  %198 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %198, ptr %197, align 8
  %199 = getelementptr inbounds [9 x [2 x ptr]], ptr %16, i64 5
  %200 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 3
  store ptr %200, ptr %199, align 8
  %201 = getelementptr inbounds ptr, ptr %199, i64 1
  %202 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %202, ptr %201, align 8
  %203 = getelementptr inbounds [2 x ptr], ptr %199, i64 1
  %204 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %204, ptr %203, align 8
  %205 = getelementptr inbounds ptr, ptr %203, i64 1
  %206 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %206, ptr %205, align 8
  %207 = getelementptr inbounds [2 x ptr], ptr %199, i64 2
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), ptr %207, align 8
  %208 = getelementptr inbounds ptr, ptr %207, i64 1
  %209 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %209, ptr %208, align 8
  %210 = getelementptr inbounds [2 x ptr], ptr %199, i64 3
  %211 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %211, ptr %210, align 8
  %212 = getelementptr inbounds ptr, ptr %210, i64 1
  %213 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %213, ptr %212, align 8
  %214 = getelementptr inbounds [2 x ptr], ptr %199, i64 4
  %215 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %215, ptr %214, align 8
  %216 = getelementptr inbounds ptr, ptr %214, i64 1
  %217 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %217, ptr %216, align 8
  %218 = getelementptr inbounds [2 x ptr], ptr %199, i64 5
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), ptr %218, align 8
  %219 = getelementptr inbounds ptr, ptr %218, i64 1
  %220 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %220, ptr %219, align 8
  %221 = getelementptr inbounds [2 x ptr], ptr %199, i64 6
  %222 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %222, ptr %221, align 8
  %223 = getelementptr inbounds ptr, ptr %221, i64 1
  %224 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %224, ptr %223, align 8
  %225 = getelementptr inbounds [2 x ptr], ptr %199, i64 7
  %226 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 3
  store ptr %226, ptr %225, align 8
  %227 = getelementptr inbounds ptr, ptr %225, i64 1
  %228 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %228, ptr %227, align 8
  %229 = getelementptr inbounds [2 x ptr], ptr %199, i64 8
  %230 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 9
  store ptr %230, ptr %229, align 8
  %231 = getelementptr inbounds ptr, ptr %229, i64 1
  %232 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %232, ptr %231, align 8
  %233 = getelementptr inbounds [9 x [2 x ptr]], ptr %16, i64 6
  %234 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %234, ptr %233, align 8
  %235 = getelementptr inbounds ptr, ptr %233, i64 1
  %236 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %236, ptr %235, align 8
  %237 = getelementptr inbounds [2 x ptr], ptr %233, i64 1
  %238 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %238, ptr %237, align 8
  %239 = getelementptr inbounds ptr, ptr %237, i64 1
  %240 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %240, ptr %239, align 8
  %241 = getelementptr inbounds [2 x ptr], ptr %233, i64 2
  %242 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %242, ptr %241, align 8
  %243 = getelementptr inbounds ptr, ptr %241, i64 1
  %244 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %244, ptr %243, align 8
  %245 = getelementptr inbounds [2 x ptr], ptr %233, i64 3
  %246 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %246, ptr %245, align 8
  %247 = getelementptr inbounds ptr, ptr %245, i64 1
  %248 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %248, ptr %247, align 8
  %249 = getelementptr inbounds [2 x ptr], ptr %233, i64 4
  %250 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %250, ptr %249, align 8
  %251 = getelementptr inbounds ptr, ptr %249, i64 1
  %252 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %252, ptr %251, align 8
  %253 = getelementptr inbounds [2 x ptr], ptr %233, i64 5
  %254 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %254, ptr %253, align 8
  %255 = getelementptr inbounds ptr, ptr %253, i64 1
  %256 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %256, ptr %255, align 8
  %257 = getelementptr inbounds [2 x ptr], ptr %233, i64 6
  %258 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 9
  store ptr %258, ptr %257, align 8
  %259 = getelementptr inbounds ptr, ptr %257, i64 1
  %260 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %260, ptr %259, align 8
  %261 = getelementptr inbounds [2 x ptr], ptr %233, i64 7
  %262 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 3
  store ptr %262, ptr %261, align 8
  %263 = getelementptr inbounds ptr, ptr %261, i64 1
  %264 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %264, ptr %263, align 8
  %265 = getelementptr inbounds [2 x ptr], ptr %233, i64 8
  %266 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %266, ptr %265, align 8
  %267 = getelementptr inbounds ptr, ptr %265, i64 1
  %268 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %268, ptr %267, align 8
  %269 = getelementptr inbounds [9 x [2 x ptr]], ptr %16, i64 7
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), ptr %269, align 8
  %270 = getelementptr inbounds ptr, ptr %269, i64 1
  %271 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %271, ptr %270, align 8
  %272 = getelementptr inbounds [2 x ptr], ptr %269, i64 1
  %273 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %273, ptr %272, align 8
  %274 = getelementptr inbounds ptr, ptr %272, i64 1
  %275 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %275, ptr %274, align 8
  %276 = getelementptr inbounds [2 x ptr], ptr %269, i64 2
  %277 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %277, ptr %276, align 8
  %278 = getelementptr inbounds ptr, ptr %276, i64 1
  %279 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %279, ptr %278, align 8
  %280 = getelementptr inbounds [2 x ptr], ptr %269, i64 3
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), ptr %280, align 8
  %281 = getelementptr inbounds ptr, ptr %280, i64 1
  %282 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %282, ptr %281, align 8
  %283 = getelementptr inbounds [2 x ptr], ptr %269, i64 4
  %284 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %284, ptr %283, align 8
  %285 = getelementptr inbounds ptr, ptr %283, i64 1
  %286 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %286, ptr %285, align 8
  %287 = getelementptr inbounds [2 x ptr], ptr %269, i64 5
  %288 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 3
  store ptr %288, ptr %287, align 8
  %289 = getelementptr inbounds ptr, ptr %287, i64 1
  %290 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %290, ptr %289, align 8
  %291 = getelementptr inbounds [2 x ptr], ptr %269, i64 6
  %292 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 9
  store ptr %292, ptr %291, align 8
  %293 = getelementptr inbounds ptr, ptr %291, i64 1
  %294 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %294, ptr %293, align 8
  %295 = getelementptr inbounds [2 x ptr], ptr %269, i64 7
  %296 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %296, ptr %295, align 8
  %297 = getelementptr inbounds ptr, ptr %295, i64 1
  %298 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %298, ptr %297, align 8
  %299 = getelementptr inbounds [2 x ptr], ptr %269, i64 8
  %300 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %300, ptr %299, align 8
  %301 = getelementptr inbounds ptr, ptr %299, i64 1
  %302 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %302, ptr %301, align 8
  %303 = getelementptr inbounds [9 x [2 x ptr]], ptr %16, i64 8
  %304 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %304, ptr %303, align 8
  %305 = getelementptr inbounds ptr, ptr %303, i64 1
  %306 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %306, ptr %305, align 8
  %307 = getelementptr inbounds [2 x ptr], ptr %303, i64 1
  %308 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %308, ptr %307, align 8
  %309 = getelementptr inbounds ptr, ptr %307, i64 1
  %310 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %310, ptr %309, align 8
  %311 = getelementptr inbounds [2 x ptr], ptr %303, i64 2
  %312 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %312, ptr %311, align 8
  %313 = getelementptr inbounds ptr, ptr %311, i64 1
  %314 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %314, ptr %313, align 8
  %315 = getelementptr inbounds [2 x ptr], ptr %303, i64 3
  %316 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %316, ptr %315, align 8
  %317 = getelementptr inbounds ptr, ptr %315, i64 1
  %318 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %318, ptr %317, align 8
  %319 = getelementptr inbounds [2 x ptr], ptr %303, i64 4
  %320 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 9
  store ptr %320, ptr %319, align 8
  %321 = getelementptr inbounds ptr, ptr %319, i64 1
  %322 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %322, ptr %321, align 8
  %323 = getelementptr inbounds [2 x ptr], ptr %303, i64 5
  %324 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 3
  store ptr %324, ptr %323, align 8
  %325 = getelementptr inbounds ptr, ptr %323, i64 1
  %326 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %326, ptr %325, align 8
  %327 = getelementptr inbounds [2 x ptr], ptr %303, i64 6
  %328 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %328, ptr %327, align 8
  %329 = getelementptr inbounds ptr, ptr %327, i64 1
  %330 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %330, ptr %329, align 8
  %331 = getelementptr inbounds [2 x ptr], ptr %303, i64 7
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), ptr %331, align 8
  %332 = getelementptr inbounds ptr, ptr %331, i64 1
  %333 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %333, ptr %332, align 8
  %334 = getelementptr inbounds [2 x ptr], ptr %303, i64 8
  %335 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %335, ptr %334, align 8
  %336 = getelementptr inbounds ptr, ptr %334, i64 1
  %337 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %337, ptr %336, align 8
  %338 = getelementptr inbounds [9 x [2 x ptr]], ptr %16, i64 9
  %339 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %339, ptr %338, align 8
  %340 = getelementptr inbounds ptr, ptr %338, i64 1
  %341 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %341, ptr %340, align 8
  %342 = getelementptr inbounds [2 x ptr], ptr %338, i64 1
  store ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 1), ptr %342, align 8
  %343 = getelementptr inbounds ptr, ptr %342, i64 1
  %344 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %344, ptr %343, align 8
  %345 = getelementptr inbounds [2 x ptr], ptr %338, i64 2
  %346 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %346, ptr %345, align 8
  %347 = getelementptr inbounds ptr, ptr %345, i64 1
  %348 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %348, ptr %347, align 8
  %349 = getelementptr inbounds [2 x ptr], ptr %338, i64 3
  %350 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 3
  store ptr %350, ptr %349, align 8
  %351 = getelementptr inbounds ptr, ptr %349, i64 1
  %352 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %352, ptr %351, align 8
  %353 = getelementptr inbounds [2 x ptr], ptr %338, i64 4
  %354 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 9
  store ptr %354, ptr %353, align 8
  %355 = getelementptr inbounds ptr, ptr %353, i64 1
  %356 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %356, ptr %355, align 8
  %357 = getelementptr inbounds [2 x ptr], ptr %338, i64 5
  %358 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %358, ptr %357, align 8
  %359 = getelementptr inbounds ptr, ptr %357, i64 1
  %360 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 7
  store ptr %360, ptr %359, align 8
  %361 = getelementptr inbounds [2 x ptr], ptr %338, i64 6
  %362 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %362, ptr %361, align 8
  %363 = getelementptr inbounds ptr, ptr %361, i64 1
  %364 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %364, ptr %363, align 8
  %365 = getelementptr inbounds [2 x ptr], ptr %338, i64 7
  %366 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %366, ptr %365, align 8
  %367 = getelementptr inbounds ptr, ptr %365, i64 1
  %368 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %368, ptr %367, align 8
  %369 = getelementptr inbounds [2 x ptr], ptr %338, i64 8
  %370 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  store ptr %370, ptr %369, align 8
  %371 = getelementptr inbounds ptr, ptr %369, i64 1
  %372 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 4
  store ptr %372, ptr %371, align 8
  store i16 1, ptr %17, align 2
  %373 = load i16, ptr %17, align 2
  %374 = add i16 %373, 1
  store i16 %374, ptr %17, align 2
  ret ptr getelementptr inbounds ([10 x i32], ptr @g_22, i64 0, i64 7)
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @safe_add_func_uint32_t_u_u(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = add i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind uwtable
define internal zeroext i16 @safe_div_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %4, align 2
  %6 = zext i16 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = load i16, ptr %3, align 2
  %10 = zext i16 %9 to i32
  br label %17

11:                                               ; preds = %2
  %12 = load i16, ptr %3, align 2
  %13 = zext i16 %12 to i32
  %14 = load i16, ptr %4, align 2
  %15 = zext i16 %14 to i32
  %16 = sdiv i32 %13, %15
  br label %17

17:                                               ; preds = %11, %8
  %18 = phi i32 [ %10, %8 ], [ %16, %11 ]
  %19 = trunc i32 %18 to i16
  ret i16 %19
}

; Function Attrs: noinline nounwind uwtable
define internal signext i16 @safe_rshift_func_int16_t_s_u(i16 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %11, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4
  %10 = icmp uge i32 %9, 32
  br i1 %10, label %11, label %14

11:                                               ; preds = %8, %2
  %12 = load i16, ptr %3, align 2
  %13 = sext i16 %12 to i32
  br label %19

14:                                               ; preds = %8
  %15 = load i16, ptr %3, align 2
  %16 = sext i16 %15 to i32
  %17 = load i32, ptr %4, align 4
  %18 = ashr i32 %16, %17
  br label %19

19:                                               ; preds = %14, %11
  %20 = phi i32 [ %13, %11 ], [ %18, %14 ]
  %21 = trunc i32 %20 to i16
  ret i16 %21
}

; Function Attrs: noinline nounwind uwtable
define internal i64 @safe_mod_func_int64_t_s_s(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %4, align 8
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %13, label %7

7:                                                ; preds = %2
  %8 = load i64, ptr %3, align 8
  %9 = icmp eq i64 %8, -9223372036854775808
  br i1 %9, label %10, label %15

10:                                               ; preds = %7
  %11 = load i64, ptr %4, align 8
  %12 = icmp eq i64 %11, -1
  br i1 %12, label %13, label %15

13:                                               ; preds = %10, %2
  %14 = load i64, ptr %3, align 8
  br label %19

15:                                               ; preds = %10, %7
  %16 = load i64, ptr %3, align 8
  %17 = load i64, ptr %4, align 8
  %18 = srem i64 %16, %17
  br label %19

19:                                               ; preds = %15, %13
  %20 = phi i64 [ %14, %13 ], [ %18, %15 ]
  ret i64 %20
}

; Function Attrs: noinline nounwind uwtable
define internal i64 @safe_sub_func_uint64_t_u_u(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = sub i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind uwtable
define internal zeroext i8 @safe_add_func_uint8_t_u_u(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = zext i8 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: noinline nounwind uwtable
define internal signext i16 @safe_div_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %4, align 2
  %6 = sext i16 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %16, label %8

8:                                                ; preds = %2
  %9 = load i16, ptr %3, align 2
  %10 = sext i16 %9 to i32
  %11 = icmp eq i32 %10, -32768
  br i1 %11, label %12, label %19

12:                                               ; preds = %8
  %13 = load i16, ptr %4, align 2
  %14 = sext i16 %13 to i32
  %15 = icmp eq i32 %14, -1
  br i1 %15, label %16, label %19

16:                                               ; preds = %12, %2
  %17 = load i16, ptr %3, align 2
  %18 = sext i16 %17 to i32
  br label %25

19:                                               ; preds = %12, %8
  %20 = load i16, ptr %3, align 2
  %21 = sext i16 %20 to i32
  %22 = load i16, ptr %4, align 2
  %23 = sext i16 %22 to i32
  %24 = sdiv i32 %21, %23
  br label %25

25:                                               ; preds = %19, %16
  %26 = phi i32 [ %18, %16 ], [ %24, %19 ]
  %27 = trunc i32 %26 to i16
  ret i16 %27
}

; Function Attrs: noinline nounwind uwtable
define internal i64 @safe_add_func_int64_t_s_s(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = icmp sgt i64 %5, 0
  br i1 %6, label %7, label %15

7:                                                ; preds = %2
  %8 = load i64, ptr %4, align 8
  %9 = icmp sgt i64 %8, 0
  br i1 %9, label %10, label %15

10:                                               ; preds = %7
  %11 = load i64, ptr %3, align 8
  %12 = load i64, ptr %4, align 8
  %13 = sub nsw i64 9223372036854775807, %12
  %14 = icmp sgt i64 %11, %13
  br i1 %14, label %26, label %15

15:                                               ; preds = %10, %7, %2
  %16 = load i64, ptr %3, align 8
  %17 = icmp slt i64 %16, 0
  br i1 %17, label %18, label %28

18:                                               ; preds = %15
  %19 = load i64, ptr %4, align 8
  %20 = icmp slt i64 %19, 0
  br i1 %20, label %21, label %28

21:                                               ; preds = %18
  %22 = load i64, ptr %3, align 8
  %23 = load i64, ptr %4, align 8
  %24 = sub nsw i64 -9223372036854775808, %23
  %25 = icmp slt i64 %22, %24
  br i1 %25, label %26, label %28

26:                                               ; preds = %21, %10
  %27 = load i64, ptr %3, align 8
  br label %32

28:                                               ; preds = %21, %18, %15
  %29 = load i64, ptr %3, align 8
  %30 = load i64, ptr %4, align 8
  %31 = add nsw i64 %29, %30
  br label %32

32:                                               ; preds = %28, %26
  %33 = phi i64 [ %27, %26 ], [ %31, %28 ]
  ret i64 %33
}

; Function Attrs: noinline nounwind uwtable
define internal zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = zext i8 %7 to i32
  %9 = mul i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: noinline nounwind uwtable
define internal zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp uge i32 %5, 32
  br i1 %6, label %7, label %10

7:                                                ; preds = %2
  %8 = load i16, ptr %3, align 2
  %9 = zext i16 %8 to i32
  br label %15

10:                                               ; preds = %2
  %11 = load i16, ptr %3, align 2
  %12 = zext i16 %11 to i32
  %13 = load i32, ptr %4, align 4
  %14 = ashr i32 %12, %13
  br label %15

15:                                               ; preds = %10, %7
  %16 = phi i32 [ %9, %7 ], [ %14, %10 ]
  %17 = trunc i32 %16 to i16
  ret i16 %17
}

; Function Attrs: noinline nounwind uwtable
define internal signext i8 @safe_mul_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = sext i8 %7 to i32
  %9 = mul nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @safe_mod_func_int32_t_s_s(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %13, label %7

7:                                                ; preds = %2
  %8 = load i32, ptr %3, align 4
  %9 = icmp eq i32 %8, -2147483648
  br i1 %9, label %10, label %15

10:                                               ; preds = %7
  %11 = load i32, ptr %4, align 4
  %12 = icmp eq i32 %11, -1
  br i1 %12, label %13, label %15

13:                                               ; preds = %10, %2
  %14 = load i32, ptr %3, align 4
  br label %19

15:                                               ; preds = %10, %7
  %16 = load i32, ptr %3, align 4
  %17 = load i32, ptr %4, align 4
  %18 = srem i32 %16, %17
  br label %19

19:                                               ; preds = %15, %13
  %20 = phi i32 [ %14, %13 ], [ %18, %15 ]
  ret i32 %20
}

; Function Attrs: noinline nounwind uwtable
define internal i64 @safe_mod_func_uint64_t_u_u(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %4, align 8
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %7, label %9

7:                                                ; preds = %2
  %8 = load i64, ptr %3, align 8
  br label %13

9:                                                ; preds = %2
  %10 = load i64, ptr %3, align 8
  %11 = load i64, ptr %4, align 8
  %12 = urem i64 %10, %11
  br label %13

13:                                               ; preds = %9, %7
  %14 = phi i64 [ %8, %7 ], [ %12, %9 ]
  ret i64 %14
}

; Function Attrs: noinline nounwind uwtable
define internal i64 @safe_add_func_uint64_t_u_u(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = add i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind uwtable
define internal signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = sext i16 %7 to i32
  %9 = sub nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind uwtable
define internal signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = load i16, ptr %4, align 2
  %8 = sext i16 %7 to i32
  %9 = mul nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind uwtable
define internal zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp uge i32 %5, 32
  br i1 %6, label %13, label %7

7:                                                ; preds = %2
  %8 = load i8, ptr %3, align 1
  %9 = zext i8 %8 to i32
  %10 = load i32, ptr %4, align 4
  %11 = ashr i32 255, %10
  %12 = icmp sgt i32 %9, %11
  br i1 %12, label %13, label %16

13:                                               ; preds = %7, %2
  %14 = load i8, ptr %3, align 1
  %15 = zext i8 %14 to i32
  br label %21

16:                                               ; preds = %7
  %17 = load i8, ptr %3, align 1
  %18 = zext i8 %17 to i32
  %19 = load i32, ptr %4, align 4
  %20 = shl i32 %18, %19
  br label %21

21:                                               ; preds = %16, %13
  %22 = phi i32 [ %15, %13 ], [ %20, %16 ]
  %23 = trunc i32 %22 to i8
  ret i8 %23
}

; Function Attrs: noinline nounwind uwtable
define internal signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = sext i8 %7 to i32
  %9 = sub nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: noinline nounwind uwtable
define internal signext i16 @safe_rshift_func_int16_t_s_s(i16 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i32 %1, ptr %4, align 4
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %14, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %9, 0
  br i1 %10, label %14, label %11

11:                                               ; preds = %8
  %12 = load i32, ptr %4, align 4
  %13 = icmp sge i32 %12, 32
  br i1 %13, label %14, label %17

14:                                               ; preds = %11, %8, %2
  %15 = load i16, ptr %3, align 2
  %16 = sext i16 %15 to i32
  br label %22

17:                                               ; preds = %11
  %18 = load i16, ptr %3, align 2
  %19 = sext i16 %18 to i32
  %20 = load i32, ptr %4, align 4
  %21 = ashr i32 %19, %20
  br label %22

22:                                               ; preds = %17, %14
  %23 = phi i32 [ %16, %14 ], [ %21, %17 ]
  %24 = trunc i32 %23 to i16
  ret i16 %24
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @safe_div_func_uint32_t_u_u(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %7, label %9

7:                                                ; preds = %2
  %8 = load i32, ptr %3, align 4
  br label %13

9:                                                ; preds = %2
  %10 = load i32, ptr %3, align 4
  %11 = load i32, ptr %4, align 4
  %12 = udiv i32 %10, %11
  br label %13

13:                                               ; preds = %9, %7
  %14 = phi i32 [ %8, %7 ], [ %12, %9 ]
  ret i32 %14
}

; Function Attrs: noinline nounwind uwtable
define internal signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = sext i8 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: noinline nounwind uwtable
define internal zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %5 = load i16, ptr %4, align 2
  %6 = zext i16 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = load i16, ptr %3, align 2
  %10 = zext i16 %9 to i32
  br label %17

11:                                               ; preds = %2
  %12 = load i16, ptr %3, align 2
  %13 = zext i16 %12 to i32
  %14 = load i16, ptr %4, align 2
  %15 = zext i16 %14 to i32
  %16 = srem i32 %13, %15
  br label %17

17:                                               ; preds = %11, %8
  %18 = phi i32 [ %10, %8 ], [ %16, %11 ]
  %19 = trunc i32 %18 to i16
  ret i16 %19
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @safe_sub_func_uint32_t_u_u(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = sub i32 %5, %6
  ret i32 %7
}

; Function Attrs: noinline nounwind uwtable
define internal signext i8 @safe_lshift_func_int8_t_s_u(i8 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %17, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4
  %10 = icmp uge i32 %9, 32
  br i1 %10, label %17, label %11

11:                                               ; preds = %8
  %12 = load i8, ptr %3, align 1
  %13 = sext i8 %12 to i32
  %14 = load i32, ptr %4, align 4
  %15 = ashr i32 127, %14
  %16 = icmp sgt i32 %13, %15
  br i1 %16, label %17, label %20

17:                                               ; preds = %11, %8, %2
  %18 = load i8, ptr %3, align 1
  %19 = sext i8 %18 to i32
  br label %25

20:                                               ; preds = %11
  %21 = load i8, ptr %3, align 1
  %22 = sext i8 %21 to i32
  %23 = load i32, ptr %4, align 4
  %24 = shl i32 %22, %23
  br label %25

25:                                               ; preds = %20, %17
  %26 = phi i32 [ %19, %17 ], [ %24, %20 ]
  %27 = trunc i32 %26 to i8
  ret i8 %27
}

; Function Attrs: noinline nounwind uwtable
define internal zeroext i8 @safe_lshift_func_uint8_t_u_s(i8 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp slt i32 %5, 0
  br i1 %6, label %16, label %7

7:                                                ; preds = %2
  %8 = load i32, ptr %4, align 4
  %9 = icmp sge i32 %8, 32
  br i1 %9, label %16, label %10

10:                                               ; preds = %7
  %11 = load i8, ptr %3, align 1
  %12 = zext i8 %11 to i32
  %13 = load i32, ptr %4, align 4
  %14 = ashr i32 255, %13
  %15 = icmp sgt i32 %12, %14
  br i1 %15, label %16, label %19

16:                                               ; preds = %10, %7, %2
  %17 = load i8, ptr %3, align 1
  %18 = zext i8 %17 to i32
  br label %24

19:                                               ; preds = %10
  %20 = load i8, ptr %3, align 1
  %21 = zext i8 %20 to i32
  %22 = load i32, ptr %4, align 4
  %23 = shl i32 %21, %22
  br label %24

24:                                               ; preds = %19, %16
  %25 = phi i32 [ %18, %16 ], [ %23, %19 ]
  %26 = trunc i32 %25 to i8
  ret i8 %26
}

; Function Attrs: noinline nounwind uwtable
define internal signext i16 @safe_unary_minus_func_int16_t_s(i16 noundef signext %0) #0 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2
  %3 = load i16, ptr %2, align 2
  %4 = sext i16 %3 to i32
  %5 = sub nsw i32 0, %4
  %6 = trunc i32 %5 to i16
  ret i16 %6
}

; Function Attrs: noinline nounwind uwtable
define internal i64 @safe_sub_func_int64_t_s_s(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = xor i64 %5, %6
  %8 = load i64, ptr %3, align 8
  %9 = load i64, ptr %3, align 8
  %10 = load i64, ptr %4, align 8
  %11 = xor i64 %9, %10
  %12 = and i64 %11, -9223372036854775808
  %13 = xor i64 %8, %12
  %14 = load i64, ptr %4, align 8
  %15 = sub nsw i64 %13, %14
  %16 = load i64, ptr %4, align 8
  %17 = xor i64 %15, %16
  %18 = and i64 %7, %17
  %19 = icmp slt i64 %18, 0
  br i1 %19, label %20, label %22

20:                                               ; preds = %2
  %21 = load i64, ptr %3, align 8
  br label %26

22:                                               ; preds = %2
  %23 = load i64, ptr %3, align 8
  %24 = load i64, ptr %4, align 8
  %25 = sub nsw i64 %23, %24
  br label %26

26:                                               ; preds = %22, %20
  %27 = phi i64 [ %21, %20 ], [ %25, %22 ]
  ret i64 %27
}

; Function Attrs: noinline nounwind uwtable
define internal void @crc32_8bytes(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = lshr i64 %3, 0
  %5 = and i64 %4, 255
  %6 = trunc i64 %5 to i8
  call void @crc32_byte(i8 noundef zeroext %6)
  %7 = load i64, ptr %2, align 8
  %8 = lshr i64 %7, 8
  %9 = and i64 %8, 255
  %10 = trunc i64 %9 to i8
  call void @crc32_byte(i8 noundef zeroext %10)
  %11 = load i64, ptr %2, align 8
  %12 = lshr i64 %11, 16
  %13 = and i64 %12, 255
  %14 = trunc i64 %13 to i8
  call void @crc32_byte(i8 noundef zeroext %14)
  %15 = load i64, ptr %2, align 8
  %16 = lshr i64 %15, 24
  %17 = and i64 %16, 255
  %18 = trunc i64 %17 to i8
  call void @crc32_byte(i8 noundef zeroext %18)
  %19 = load i64, ptr %2, align 8
  %20 = lshr i64 %19, 32
  %21 = and i64 %20, 255
  %22 = trunc i64 %21 to i8
  call void @crc32_byte(i8 noundef zeroext %22)
  %23 = load i64, ptr %2, align 8
  %24 = lshr i64 %23, 40
  %25 = and i64 %24, 255
  %26 = trunc i64 %25 to i8
  call void @crc32_byte(i8 noundef zeroext %26)
  %27 = load i64, ptr %2, align 8
  %28 = lshr i64 %27, 48
  %29 = and i64 %28, 255
  %30 = trunc i64 %29 to i8
  call void @crc32_byte(i8 noundef zeroext %30)
  %31 = load i64, ptr %2, align 8
  %32 = lshr i64 %31, 56
  %33 = and i64 %32, 255
  %34 = trunc i64 %33 to i8
  call void @crc32_byte(i8 noundef zeroext %34)
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal void @crc32_byte(i8 noundef zeroext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i32, ptr @crc32_context, align 4
  %4 = lshr i32 %3, 8
  %5 = and i32 %4, 16777215
  %6 = load i32, ptr @crc32_context, align 4
  %7 = load i8, ptr %2, align 1
  %8 = zext i8 %7 to i32
  %9 = xor i32 %6, %8
  %10 = and i32 %9, 255
  %11 = zext i32 %10 to i64
  %12 = getelementptr inbounds [256 x i32], ptr @crc32_tab, i64 0, i64 %11
  %13 = load i32, ptr %12, align 4
  %14 = xor i32 %5, %13
  store i32 %14, ptr @crc32_context, align 4
  ret void
}

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
!18 = distinct !{!18, !7}
!19 = distinct !{!19, !7}
!20 = distinct !{!20, !7}
!21 = distinct !{!21, !7}
!22 = distinct !{!22, !7}
!23 = distinct !{!23, !7}
!24 = distinct !{!24, !7}
!25 = distinct !{!25, !7}
!26 = distinct !{!26, !7}
!27 = distinct !{!27, !7}
!28 = distinct !{!28, !7}
!29 = distinct !{!29, !7}
!30 = distinct !{!30, !7}
!31 = distinct !{!31, !7}
!32 = distinct !{!32, !7}
!33 = distinct !{!33, !7}
!34 = distinct !{!34, !7}
!35 = distinct !{!35, !7}
!36 = distinct !{!36, !7}
!37 = distinct !{!37, !7}
