; ModuleID = 'cs1000002.c'
source_filename = "cs1000002.c"
target datalayout = "e-m:e-p:32:32-i64:64-n32-S128"
target triple = "riscv32-unknown-unknown-elf"

%union.U0 = type { i32 }

@.str = private unnamed_addr constant [2 x i8] c"1\00", align 1
@g_2 = internal global i32 -1416873261, align 4
@.str.1 = private unnamed_addr constant [4 x i8] c"g_2\00", align 1
@g_4 = internal global i8 46, align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"g_4\00", align 1
@g_7 = internal global i32 6, align 4
@.str.3 = private unnamed_addr constant [4 x i8] c"g_7\00", align 1
@g_21 = internal global [2 x i8] c"jj", align 1
@.str.4 = private unnamed_addr constant [8 x i8] c"g_21[i]\00", align 1
@.str.5 = private unnamed_addr constant [14 x i8] c"index = [%d]\0A\00", align 1
@g_24 = internal global i32 -1719389388, align 4
@.str.6 = private unnamed_addr constant [5 x i8] c"g_24\00", align 1
@g_36 = internal global i32 -857056777, align 4
@.str.7 = private unnamed_addr constant [5 x i8] c"g_36\00", align 1
@g_37 = internal global i32 0, align 4
@.str.8 = private unnamed_addr constant [5 x i8] c"g_37\00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c"g_136.f0\00", align 1
@g_142 = internal global i64 4706283544073631543, align 8
@.str.10 = private unnamed_addr constant [6 x i8] c"g_142\00", align 1
@g_144 = internal global [1 x [2 x i8]] [[2 x i8] c"\1B\1B"], align 1
@.str.11 = private unnamed_addr constant [12 x i8] c"g_144[i][j]\00", align 1
@.str.12 = private unnamed_addr constant [18 x i8] c"index = [%d][%d]\0A\00", align 1
@g_161 = internal global i32 1017555918, align 4
@.str.13 = private unnamed_addr constant [6 x i8] c"g_161\00", align 1
@g_207 = internal global i8 1, align 1
@.str.14 = private unnamed_addr constant [6 x i8] c"g_207\00", align 1
@g_208 = internal global [5 x [2 x i32]] [[2 x i32] [i32 0, i32 -1066304896], [2 x i32] zeroinitializer, [2 x i32] [i32 -1066304896, i32 0], [2 x i32] [i32 0, i32 -1066304896], [2 x i32] zeroinitializer], align 4
@.str.15 = private unnamed_addr constant [12 x i8] c"g_208[i][j]\00", align 1
@g_221 = internal global i16 1, align 2
@.str.16 = private unnamed_addr constant [6 x i8] c"g_221\00", align 1
@g_246 = internal global i16 1, align 2
@.str.17 = private unnamed_addr constant [6 x i8] c"g_246\00", align 1
@.str.18 = private unnamed_addr constant [6 x i8] c"g_274\00", align 1
@.str.19 = private unnamed_addr constant [9 x i8] c"g_284.f0\00", align 1
@.str.20 = private unnamed_addr constant [6 x i8] c"g_304\00", align 1
@g_307 = internal global i16 20688, align 2
@.str.21 = private unnamed_addr constant [6 x i8] c"g_307\00", align 1
@g_309 = internal global i16 -21799, align 2
@.str.22 = private unnamed_addr constant [6 x i8] c"g_309\00", align 1
@g_311 = internal global i8 -5, align 1
@.str.23 = private unnamed_addr constant [6 x i8] c"g_311\00", align 1
@g_315 = internal global i64 4180687074212771072, align 8
@.str.24 = private unnamed_addr constant [6 x i8] c"g_315\00", align 1
@g_342 = internal global [7 x i32] [i32 -1622974255, i32 -1622974255, i32 -1622974255, i32 -1622974255, i32 -1622974255, i32 -1622974255, i32 -1622974255], align 4
@.str.25 = private unnamed_addr constant [9 x i8] c"g_342[i]\00", align 1
@g_399 = internal global i32 0, align 4
@.str.26 = private unnamed_addr constant [6 x i8] c"g_399\00", align 1
@g_497 = internal global i16 21499, align 2
@.str.27 = private unnamed_addr constant [6 x i8] c"g_497\00", align 1
@g_502 = internal global i16 3, align 2
@.str.28 = private unnamed_addr constant [6 x i8] c"g_502\00", align 1
@g_538 = internal global i8 -47, align 1
@.str.29 = private unnamed_addr constant [6 x i8] c"g_538\00", align 1
@g_551 = internal global i8 3, align 1
@.str.30 = private unnamed_addr constant [6 x i8] c"g_551\00", align 1
@g_556 = internal global i64 -4223502978661177577, align 8
@.str.31 = private unnamed_addr constant [6 x i8] c"g_556\00", align 1
@.str.32 = private unnamed_addr constant [15 x i8] c"g_684[i][j].f0\00", align 1
@g_687 = internal global i32 -1, align 4
@.str.33 = private unnamed_addr constant [6 x i8] c"g_687\00", align 1
@.str.34 = private unnamed_addr constant [9 x i8] c"g_751.f0\00", align 1
@g_755 = internal global i32 -1, align 4
@.str.35 = private unnamed_addr constant [6 x i8] c"g_755\00", align 1
@g_1124 = internal global [4 x i64] [i64 -6123963034769549334, i64 -6123963034769549334, i64 -6123963034769549334, i64 -6123963034769549334], align 8
@.str.36 = private unnamed_addr constant [10 x i8] c"g_1124[i]\00", align 1
@.str.37 = private unnamed_addr constant [10 x i8] c"g_1154.f0\00", align 1
@g_1237 = internal global i64 1, align 8
@.str.38 = private unnamed_addr constant [7 x i8] c"g_1237\00", align 1
@.str.39 = private unnamed_addr constant [19 x i8] c"g_1277[i][j][k].f0\00", align 1
@.str.40 = private unnamed_addr constant [22 x i8] c"index = [%d][%d][%d]\0A\00", align 1
@g_1317 = internal global i64 1070627346685622394, align 8
@.str.41 = private unnamed_addr constant [7 x i8] c"g_1317\00", align 1
@.str.42 = private unnamed_addr constant [7 x i8] c"g_1576\00", align 1
@g_1599 = internal global i32 0, align 4
@.str.43 = private unnamed_addr constant [7 x i8] c"g_1599\00", align 1
@g_1624 = internal global i8 -1, align 1
@.str.44 = private unnamed_addr constant [7 x i8] c"g_1624\00", align 1
@g_1632 = internal global i32 -10, align 4
@.str.45 = private unnamed_addr constant [7 x i8] c"g_1632\00", align 1
@g_1683 = internal global i64 -10, align 8
@.str.46 = private unnamed_addr constant [7 x i8] c"g_1683\00", align 1
@.str.47 = private unnamed_addr constant [10 x i8] c"g_1690.f0\00", align 1
@g_1709 = internal global i64 -2457560379491504505, align 8
@.str.48 = private unnamed_addr constant [7 x i8] c"g_1709\00", align 1
@.str.49 = private unnamed_addr constant [7 x i8] c"g_1747\00", align 1
@g_1759 = internal global [3 x [4 x [1 x i32]]] [[4 x [1 x i32]] [[1 x i32] [i32 -9], [1 x i32] [i32 1735997566], [1 x i32] [i32 1735997566], [1 x i32] [i32 -9]], [4 x [1 x i32]] [[1 x i32] [i32 1735997566], [1 x i32] [i32 1735997566], [1 x i32] [i32 -9], [1 x i32] [i32 1735997566]], [4 x [1 x i32]] [[1 x i32] [i32 1735997566], [1 x i32] [i32 -9], [1 x i32] [i32 1735997566], [1 x i32] [i32 1735997566]]], align 4
@.str.50 = private unnamed_addr constant [16 x i8] c"g_1759[i][j][k]\00", align 1
@g_1844 = internal global i64 7216586208525473367, align 8
@.str.51 = private unnamed_addr constant [7 x i8] c"g_1844\00", align 1
@.str.52 = private unnamed_addr constant [10 x i8] c"g_1865.f0\00", align 1
@.str.53 = private unnamed_addr constant [10 x i8] c"g_1865.f1\00", align 1
@.str.54 = private unnamed_addr constant [10 x i8] c"g_1865.f2\00", align 1
@.str.55 = private unnamed_addr constant [10 x i8] c"g_1865.f3\00", align 1
@g_1866 = internal global i64 9204920979542353083, align 8
@.str.56 = private unnamed_addr constant [7 x i8] c"g_1866\00", align 1
@.str.57 = private unnamed_addr constant [10 x i8] c"g_1950.f0\00", align 1
@g_2077 = internal global i8 -3, align 1
@.str.58 = private unnamed_addr constant [7 x i8] c"g_2077\00", align 1
@.str.59 = private unnamed_addr constant [10 x i8] c"g_2092.f0\00", align 1
@.str.60 = private unnamed_addr constant [10 x i8] c"g_2095.f0\00", align 1
@.str.61 = private unnamed_addr constant [10 x i8] c"g_2150.f0\00", align 1
@g_2177 = internal global i16 2, align 2
@.str.62 = private unnamed_addr constant [7 x i8] c"g_2177\00", align 1
@.str.63 = private unnamed_addr constant [7 x i8] c"g_2526\00", align 1
@g_2558 = internal global i16 -19071, align 2
@.str.64 = private unnamed_addr constant [7 x i8] c"g_2558\00", align 1
@.str.65 = private unnamed_addr constant [10 x i8] c"g_2678.f0\00", align 1
@g_2692 = internal global i8 -1, align 1
@.str.66 = private unnamed_addr constant [7 x i8] c"g_2692\00", align 1
@g_2750 = internal global [10 x i32] [i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1], align 4
@.str.67 = private unnamed_addr constant [10 x i8] c"g_2750[i]\00", align 1
@g_2819 = internal global i8 -1, align 1
@.str.68 = private unnamed_addr constant [7 x i8] c"g_2819\00", align 1
@.str.69 = private unnamed_addr constant [13 x i8] c"g_2829[i].f0\00", align 1
@.str.70 = private unnamed_addr constant [10 x i8] c"g_2887.f0\00", align 1
@g_2937 = internal global [2 x [7 x i8]] [[7 x i8] c"\08\08\08\08\08\08\08", [7 x i8] c"\08\08\08\08\08\08\08"], align 1
@.str.71 = private unnamed_addr constant [13 x i8] c"g_2937[i][j]\00", align 1
@.str.72 = private unnamed_addr constant [10 x i8] c"g_3036.f0\00", align 1
@g_3055 = internal global [9 x i16] zeroinitializer, align 2
@.str.73 = private unnamed_addr constant [10 x i8] c"g_3055[i]\00", align 1
@g_3063 = internal global [5 x i8] c"ooooo", align 1
@.str.74 = private unnamed_addr constant [10 x i8] c"g_3063[i]\00", align 1
@g_3101 = internal global i8 0, align 1
@.str.75 = private unnamed_addr constant [7 x i8] c"g_3101\00", align 1
@g_3133 = internal global i32 8, align 4
@.str.76 = private unnamed_addr constant [7 x i8] c"g_3133\00", align 1
@crc32_context = internal global i32 -1, align 4
@crc32_tab = internal global [256 x i32] zeroinitializer, align 4
@g_2133 = internal global ptr @g_2134, align 4
@g_1065 = internal global ptr @g_213, align 4
@g_419 = internal global ptr @g_307, align 4
@g_2516 = internal global ptr @g_2517, align 4
@g_2134 = internal global ptr null, align 4
@g_1405 = internal global ptr @g_1406, align 4
@g_1399 = internal global [2 x [8 x [2 x ptr]]] [[8 x [2 x ptr]] [[2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)]], [8 x [2 x ptr]] [[2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)], [2 x ptr] [ptr getelementptr (i8, ptr @g_342, i64 12), ptr getelementptr (i8, ptr @g_342, i64 12)]]], align 4
@g_1105 = internal global ptr @g_275, align 4
@g_1411 = internal global ptr @g_221, align 4
@g_301 = internal global ptr @g_246, align 4
@g_2128 = internal global ptr @g_37, align 4
@g_163 = internal global ptr @g_164, align 4
@g_164 = internal global ptr @g_36, align 4
@g_162 = internal global ptr @g_163, align 4
@g_178 = internal global ptr getelementptr (i8, ptr @g_179, i64 4), align 4
@g_275 = internal global ptr @g_276, align 4
@__const.func_8.l_2997 = private unnamed_addr constant [8 x [3 x [5 x i32]]] [[3 x [5 x i32]] [[5 x i32] [i32 0, i32 -1692725903, i32 -1692725903, i32 0, i32 -3], [5 x i32] [i32 -3, i32 1619881926, i32 -1048893097, i32 -1, i32 1], [5 x i32] [i32 -1, i32 0, i32 -1, i32 -3, i32 0]], [3 x [5 x i32]] [[5 x i32] [i32 1, i32 -1942051966, i32 -10, i32 -1, i32 -10], [5 x i32] [i32 5, i32 5, i32 6, i32 0, i32 1], [5 x i32] [i32 1, i32 -328146304, i32 -10, i32 -1057949762, i32 -3]], [3 x [5 x i32]] [[5 x i32] [i32 1, i32 -1692725903, i32 -1, i32 1, i32 -3], [5 x i32] [i32 0, i32 -328146304, i32 -1048893097, i32 -328146304, i32 0], [5 x i32] [i32 -1, i32 -1, i32 6, i32 0, i32 -1]], [3 x [5 x i32]] [[5 x i32] [i32 1807571920, i32 1, i32 -1048893097, i32 -1942051966, i32 -1], [5 x i32] [i32 -3, i32 -1692725903, i32 5, i32 -1, i32 -1], [5 x i32] [i32 -1539195087, i32 -1942051966, i32 -1539195087, i32 -10, i32 1807571920]], [3 x [5 x i32]] [[5 x i32] [i32 -1, i32 6, i32 0, i32 -1, i32 0], [5 x i32] [i32 1, i32 -1912458398, i32 1, i32 -1942051966, i32 -10], [5 x i32] [i32 1286066898, i32 -3, i32 0, i32 0, i32 -3]], [3 x [5 x i32]] [[5 x i32] [i32 -10, i32 1, i32 -1539195087, i32 -1057949762, i32 -1], [5 x i32] [i32 -1692725903, i32 -3, i32 5, i32 -3, i32 -1692725903], [5 x i32] [i32 -1539195087, i32 -1912458398, i32 -1048893097, i32 -10, i32 1]], [3 x [5 x i32]] [[5 x i32] [i32 -1692725903, i32 6, i32 6, i32 -1692725903, i32 0], [5 x i32] [i32 -10, i32 -1942051966, i32 1, i32 -1912458398, i32 1], [5 x i32] [i32 1286066898, i32 -1692725903, i32 1286066898, i32 0, i32 -1692725903]], [3 x [5 x i32]] [[5 x i32] [i32 1, i32 1, i32 -1, i32 -1912458398, i32 -1], [5 x i32] [i32 -1, i32 -1, i32 5, i32 -1692725903, i32 -3], [5 x i32] [i32 -1539195087, i32 -1057949762, i32 -1, i32 -10, i32 -10]]], align 4
@__const.func_13.l_25 = private unnamed_addr constant [8 x ptr] [ptr @g_7, ptr @g_7, ptr @g_7, ptr @g_7, ptr @g_7, ptr @g_7, ptr @g_7, ptr @g_7], align 4
@g_23 = internal global ptr @g_24, align 4
@g_213 = internal global [7 x [8 x ptr]] [[8 x ptr] [ptr null, ptr null, ptr null, ptr @g_207, ptr @g_207, ptr null, ptr null, ptr null], [8 x ptr] [ptr null, ptr null, ptr null, ptr @g_207, ptr null, ptr null, ptr null, ptr null], [8 x ptr] [ptr null, ptr @g_207, ptr null, ptr null, ptr @g_207, ptr null, ptr null, ptr null], [8 x ptr] [ptr null, ptr null, ptr null, ptr null, ptr null, ptr @g_207, ptr @g_207, ptr null], [8 x ptr] [ptr null, ptr @g_207, ptr @g_207, ptr null, ptr @g_4, ptr null, ptr @g_4, ptr null], [8 x ptr] [ptr @g_207, ptr @g_4, ptr @g_207, ptr @g_207, ptr null, ptr null, ptr @g_207, ptr @g_207], [8 x ptr] [ptr @g_4, ptr @g_4, ptr null, ptr null, ptr null, ptr null, ptr null, ptr @g_4]], align 4
@g_2517 = internal global ptr @g_2133, align 4
@g_1406 = internal global ptr getelementptr (i8, ptr @g_1124, i64 8), align 4
@g_179 = internal global [10 x ptr] zeroinitializer, align 4
@g_276 = internal global ptr @g_274, align 4
@g_274 = internal constant i8 4, align 1
@.str.77 = private unnamed_addr constant [36 x i8] c"...checksum after hashing %s : %lX\0A\00", align 1
@g_136 = internal global { i8, [3 x i8] } { i8 5, [3 x i8] undef }, align 4
@g_284 = internal constant { i8, [3 x i8] } { i8 74, [3 x i8] undef }, align 4
@g_684 = internal global [2 x [3 x { i8, [3 x i8] }]] [[3 x { i8, [3 x i8] }] [{ i8, [3 x i8] } { i8 -10, [3 x i8] undef }, { i8, [3 x i8] } { i8 -10, [3 x i8] undef }, { i8, [3 x i8] } { i8 -10, [3 x i8] undef }], [3 x { i8, [3 x i8] }] [{ i8, [3 x i8] } { i8 -10, [3 x i8] undef }, { i8, [3 x i8] } { i8 -10, [3 x i8] undef }, { i8, [3 x i8] } { i8 -10, [3 x i8] undef }]], align 4
@g_751 = internal global { i8, [3 x i8] } { i8 3, [3 x i8] undef }, align 4
@g_1154 = internal global { i8, [3 x i8] } { i8 8, [3 x i8] undef }, align 4
@g_1277 = internal global [4 x [4 x [5 x { i8, [3 x i8] }]]] [[4 x [5 x { i8, [3 x i8] }]] [[5 x { i8, [3 x i8] }] [{ i8, [3 x i8] } { i8 -62, [3 x i8] undef }, { i8, [3 x i8] } { i8 4, [3 x i8] undef }, { i8, [3 x i8] } { i8 -9, [3 x i8] undef }, { i8, [3 x i8] } { i8 -20, [3 x i8] undef }, { i8, [3 x i8] } { i8 -1, [3 x i8] undef }], [5 x { i8, [3 x i8] }] [{ i8, [3 x i8] } { i8 4, [3 x i8] undef }, { i8, [3 x i8] } { i8 7, [3 x i8] undef }, { i8, [3 x i8] } { i8 7, [3 x i8] undef }, { i8, [3 x i8] } { i8 4, [3 x i8] undef }, { i8, [3 x i8] } { i8 111, [3 x i8] undef }], [5 x { i8, [3 x i8] }] [{ i8, [3 x i8] } { i8 -1, [3 x i8] undef }, { i8, [3 x i8] } { i8 42, [3 x i8] undef }, { i8, [3 x i8] } { i8 -1, [3 x i8] undef }, { i8, [3 x i8] } { i8 86, [3 x i8] undef }, { i8, [3 x i8] } { i8 86, [3 x i8] undef }], [5 x { i8, [3 x i8] }] [{ i8, [3 x i8] } { i8 -60, [3 x i8] undef }, { i8, [3 x i8] } { i8 111, [3 x i8] undef }, { i8, [3 x i8] } { i8 -1, [3 x i8] undef }, { i8, [3 x i8] } { i8 27, [3 x i8] undef }, { i8, [3 x i8] } { i8 -107, [3 x i8] undef }]], [4 x [5 x { i8, [3 x i8] }]] [[5 x { i8, [3 x i8] }] [{ i8, [3 x i8] } { i8 -1, [3 x i8] undef }, { i8, [3 x i8] } { i8 -104, [3 x i8] undef }, { i8, [3 x i8] } { i8 -18, [3 x i8] undef }, { i8, [3 x i8] } { i8 86, [3 x i8] undef }, { i8, [3 x i8] } { i8 86, [3 x i8] undef }], [5 x { i8, [3 x i8] }] [{ i8, [3 x i8] } { i8 52, [3 x i8] undef }, { i8, [3 x i8] } { i8 -60, [3 x i8] undef }, { i8, [3 x i8] } { i8 52, [3 x i8] undef }, { i8, [3 x i8] } { i8 4, [3 x i8] undef }, { i8, [3 x i8] } { i8 -10, [3 x i8] undef }], [5 x { i8, [3 x i8] }] [{ i8, [3 x i8] } { i8 -104, [3 x i8] undef }, { i8, [3 x i8] } { i8 3, [3 x i8] undef }, { i8, [3 x i8] } { i8 9, [3 x i8] undef }, { i8, [3 x i8] } { i8 -20, [3 x i8] undef }, { i8, [3 x i8] } { i8 -10, [3 x i8] undef }], [5 x { i8, [3 x i8] }] [{ i8, [3 x i8] } { i8 -1, [3 x i8] undef }, { i8, [3 x i8] } { i8 -91, [3 x i8] undef }, { i8, [3 x i8] } { i8 111, [3 x i8] undef }, { i8, [3 x i8] } { i8 7, [3 x i8] undef }, { i8, [3 x i8] } { i8 -3, [3 x i8] undef }]], [4 x [5 x { i8, [3 x i8] }]] [[5 x { i8, [3 x i8] }] [{ i8, [3 x i8] } { i8 -20, [3 x i8] undef }, { i8, [3 x i8] } { i8 86, [3 x i8] undef }, { i8, [3 x i8] } { i8 9, [3 x i8] undef }, { i8, [3 x i8] } { i8 -10, [3 x i8] undef }, { i8, [3 x i8] } { i8 9, [3 x i8] undef }], [5 x { i8, [3 x i8] }] [{ i8, [3 x i8] } { i8 -1, [3 x i8] undef }, { i8, [3 x i8] } { i8 -1, [3 x i8] undef }, { i8, [3 x i8] } { i8 52, [3 x i8] undef }, { i8, [3 x i8] } { i8 0, [3 x i8] undef }, { i8, [3 x i8] } { i8 27, [3 x i8] undef }], [5 x { i8, [3 x i8] }] [{ i8, [3 x i8] } { i8 86, [3 x i8] undef }, { i8, [3 x i8] } { i8 0, [3 x i8] undef }, { i8, [3 x i8] } { i8 -18, [3 x i8] undef }, { i8, [3 x i8] } { i8 -32, [3 x i8] undef }, { i8, [3 x i8] } { i8 47, [3 x i8] undef }], [5 x { i8, [3 x i8] }] [{ i8, [3 x i8] } { i8 3, [3 x i8] undef }, { i8, [3 x i8] } { i8 -107, [3 x i8] undef }, { i8, [3 x i8] } { i8 -1, [3 x i8] undef }, { i8, [3 x i8] } { i8 -116, [3 x i8] undef }, { i8, [3 x i8] } { i8 -1, [3 x i8] undef }]], [4 x [5 x { i8, [3 x i8] }]] [[5 x { i8, [3 x i8] }] [{ i8, [3 x i8] } { i8 -10, [3 x i8] undef }, { i8, [3 x i8] } { i8 -32, [3 x i8] undef }, { i8, [3 x i8] } { i8 86, [3 x i8] undef }, { i8, [3 x i8] } { i8 86, [3 x i8] undef }, { i8, [3 x i8] } { i8 -32, [3 x i8] undef }], [5 x { i8, [3 x i8] }] [{ i8, [3 x i8] } { i8 43, [3 x i8] undef }, { i8, [3 x i8] } { i8 3, [3 x i8] undef }, { i8, [3 x i8] } { i8 -1, [3 x i8] undef }, { i8, [3 x i8] } { i8 4, [3 x i8] undef }, { i8, [3 x i8] } { i8 27, [3 x i8] undef }], [5 x { i8, [3 x i8] }] [{ i8, [3 x i8] } { i8 3, [3 x i8] undef }, { i8, [3 x i8] } { i8 9, [3 x i8] undef }, { i8, [3 x i8] } { i8 -20, [3 x i8] undef }, { i8, [3 x i8] } { i8 -10, [3 x i8] undef }, { i8, [3 x i8] } { i8 -9, [3 x i8] undef }], [5 x { i8, [3 x i8] }] [{ i8, [3 x i8] } { i8 7, [3 x i8] undef }, { i8, [3 x i8] } { i8 -116, [3 x i8] undef }, { i8, [3 x i8] } { i8 -1, [3 x i8] undef }, { i8, [3 x i8] } { i8 11, [3 x i8] undef }, { i8, [3 x i8] } { i8 52, [3 x i8] undef }]]], align 4
@g_1690 = internal global { i8, [3 x i8] } { i8 0, [3 x i8] undef }, align 4
@g_1865 = internal global { i8, [3 x i8] } { i8 0, [3 x i8] undef }, align 4
@g_1950 = internal global { i8, [3 x i8] } { i8 -1, [3 x i8] undef }, align 4
@g_2092 = internal global { i8, [3 x i8] } { i8 0, [3 x i8] undef }, align 4
@g_2095 = internal global { i8, [3 x i8] } { i8 3, [3 x i8] undef }, align 4
@g_2150 = internal global { i8, [3 x i8] } { i8 -1, [3 x i8] undef }, align 4
@g_2678 = internal global { i8, [3 x i8] } { i8 -115, [3 x i8] undef }, align 4
@g_2829 = internal global [4 x { i8, [3 x i8] }] [{ i8, [3 x i8] } { i8 -7, [3 x i8] undef }, { i8, [3 x i8] } { i8 -7, [3 x i8] undef }, { i8, [3 x i8] } { i8 -7, [3 x i8] undef }, { i8, [3 x i8] } { i8 -7, [3 x i8] undef }], align 4
@g_2887 = internal global { i8, [3 x i8] } { i8 -114, [3 x i8] undef }, align 4
@g_3036 = internal global { i8, [3 x i8] } { i8 -121, [3 x i8] undef }, align 4
@.str.94 = private unnamed_addr constant [15 x i8] c"checksum = %X\0A\00", align 1

; Function Attrs: noinline nounwind
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  store i32 0, ptr %9, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp eq i32 %10, 2
  br i1 %11, label %12, label %19

12:                                               ; preds = %2
  %13 = load ptr, ptr %5, align 4
  %14 = getelementptr inbounds ptr, ptr %13, i32 1
  %15 = load ptr, ptr %14, align 4
  %16 = call i32 @strcmp(ptr noundef %15, ptr noundef @.str) #4
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %18, label %19

18:                                               ; preds = %12
  store i32 1, ptr %9, align 4
  br label %19

19:                                               ; preds = %18, %12, %2
  call void @platform_main_begin()
  call void @crc32_gentab()
  %20 = call i64 @func_1()
  %21 = load volatile i32, ptr @g_2, align 4
  %22 = zext i32 %21 to i64
  %23 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %22, ptr noundef @.str.1, i32 noundef %23)
  %24 = load i8, ptr @g_4, align 1
  %25 = sext i8 %24 to i64
  %26 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %25, ptr noundef @.str.2, i32 noundef %26)
  %27 = load i32, ptr @g_7, align 4
  %28 = zext i32 %27 to i64
  %29 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %28, ptr noundef @.str.3, i32 noundef %29)
  store i32 0, ptr %6, align 4
  br label %30

30:                                               ; preds = %45, %19
  %31 = load i32, ptr %6, align 4
  %32 = icmp slt i32 %31, 2
  br i1 %32, label %33, label %48

33:                                               ; preds = %30
  %34 = load i32, ptr %6, align 4
  %35 = getelementptr inbounds [2 x i8], ptr @g_21, i32 0, i32 %34
  %36 = load i8, ptr %35, align 1
  %37 = zext i8 %36 to i64
  %38 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %37, ptr noundef @.str.4, i32 noundef %38)
  %39 = load i32, ptr %9, align 4
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %41, label %44

41:                                               ; preds = %33
  %42 = load i32, ptr %6, align 4
  %43 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %42)
  br label %44

44:                                               ; preds = %41, %33
  br label %45

45:                                               ; preds = %44
  %46 = load i32, ptr %6, align 4
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %6, align 4
  br label %30, !llvm.loop !7

48:                                               ; preds = %30
  %49 = load i32, ptr @g_24, align 4
  %50 = sext i32 %49 to i64
  %51 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %50, ptr noundef @.str.6, i32 noundef %51)
  %52 = load volatile i32, ptr @g_36, align 4
  %53 = sext i32 %52 to i64
  %54 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %53, ptr noundef @.str.7, i32 noundef %54)
  %55 = load i32, ptr @g_37, align 4
  %56 = sext i32 %55 to i64
  %57 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %56, ptr noundef @.str.8, i32 noundef %57)
  %58 = load i8, ptr @g_136, align 4
  %59 = zext i8 %58 to i64
  %60 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %59, ptr noundef @.str.9, i32 noundef %60)
  %61 = load i64, ptr @g_142, align 8
  %62 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %61, ptr noundef @.str.10, i32 noundef %62)
  store i32 0, ptr %6, align 4
  br label %63

63:                                               ; preds = %89, %48
  %64 = load i32, ptr %6, align 4
  %65 = icmp slt i32 %64, 1
  br i1 %65, label %66, label %92

66:                                               ; preds = %63
  store i32 0, ptr %7, align 4
  br label %67

67:                                               ; preds = %85, %66
  %68 = load i32, ptr %7, align 4
  %69 = icmp slt i32 %68, 2
  br i1 %69, label %70, label %88

70:                                               ; preds = %67
  %71 = load i32, ptr %6, align 4
  %72 = getelementptr inbounds [1 x [2 x i8]], ptr @g_144, i32 0, i32 %71
  %73 = load i32, ptr %7, align 4
  %74 = getelementptr inbounds [2 x i8], ptr %72, i32 0, i32 %73
  %75 = load i8, ptr %74, align 1
  %76 = zext i8 %75 to i64
  %77 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %76, ptr noundef @.str.11, i32 noundef %77)
  %78 = load i32, ptr %9, align 4
  %79 = icmp ne i32 %78, 0
  br i1 %79, label %80, label %84

80:                                               ; preds = %70
  %81 = load i32, ptr %6, align 4
  %82 = load i32, ptr %7, align 4
  %83 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %81, i32 noundef %82)
  br label %84

84:                                               ; preds = %80, %70
  br label %85

85:                                               ; preds = %84
  %86 = load i32, ptr %7, align 4
  %87 = add nsw i32 %86, 1
  store i32 %87, ptr %7, align 4
  br label %67, !llvm.loop !9

88:                                               ; preds = %67
  br label %89

89:                                               ; preds = %88
  %90 = load i32, ptr %6, align 4
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %6, align 4
  br label %63, !llvm.loop !10

92:                                               ; preds = %63
  %93 = load i32, ptr @g_161, align 4
  %94 = sext i32 %93 to i64
  %95 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %94, ptr noundef @.str.13, i32 noundef %95)
  %96 = load i8, ptr @g_207, align 1
  %97 = sext i8 %96 to i64
  %98 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %97, ptr noundef @.str.14, i32 noundef %98)
  store i32 0, ptr %6, align 4
  br label %99

99:                                               ; preds = %125, %92
  %100 = load i32, ptr %6, align 4
  %101 = icmp slt i32 %100, 5
  br i1 %101, label %102, label %128

102:                                              ; preds = %99
  store i32 0, ptr %7, align 4
  br label %103

103:                                              ; preds = %121, %102
  %104 = load i32, ptr %7, align 4
  %105 = icmp slt i32 %104, 2
  br i1 %105, label %106, label %124

106:                                              ; preds = %103
  %107 = load i32, ptr %6, align 4
  %108 = getelementptr inbounds [5 x [2 x i32]], ptr @g_208, i32 0, i32 %107
  %109 = load i32, ptr %7, align 4
  %110 = getelementptr inbounds [2 x i32], ptr %108, i32 0, i32 %109
  %111 = load volatile i32, ptr %110, align 4
  %112 = sext i32 %111 to i64
  %113 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %112, ptr noundef @.str.15, i32 noundef %113)
  %114 = load i32, ptr %9, align 4
  %115 = icmp ne i32 %114, 0
  br i1 %115, label %116, label %120

116:                                              ; preds = %106
  %117 = load i32, ptr %6, align 4
  %118 = load i32, ptr %7, align 4
  %119 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %117, i32 noundef %118)
  br label %120

120:                                              ; preds = %116, %106
  br label %121

121:                                              ; preds = %120
  %122 = load i32, ptr %7, align 4
  %123 = add nsw i32 %122, 1
  store i32 %123, ptr %7, align 4
  br label %103, !llvm.loop !11

124:                                              ; preds = %103
  br label %125

125:                                              ; preds = %124
  %126 = load i32, ptr %6, align 4
  %127 = add nsw i32 %126, 1
  store i32 %127, ptr %6, align 4
  br label %99, !llvm.loop !12

128:                                              ; preds = %99
  %129 = load i16, ptr @g_221, align 2
  %130 = zext i16 %129 to i64
  %131 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %130, ptr noundef @.str.16, i32 noundef %131)
  %132 = load i16, ptr @g_246, align 2
  %133 = zext i16 %132 to i64
  %134 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %133, ptr noundef @.str.17, i32 noundef %134)
  %135 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 4, ptr noundef @.str.18, i32 noundef %135)
  %136 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 74, ptr noundef @.str.19, i32 noundef %136)
  %137 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 63948, ptr noundef @.str.20, i32 noundef %137)
  %138 = load i16, ptr @g_307, align 2
  %139 = sext i16 %138 to i64
  %140 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %139, ptr noundef @.str.21, i32 noundef %140)
  %141 = load i16, ptr @g_309, align 2
  %142 = sext i16 %141 to i64
  %143 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %142, ptr noundef @.str.22, i32 noundef %143)
  %144 = load i8, ptr @g_311, align 1
  %145 = sext i8 %144 to i64
  %146 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %145, ptr noundef @.str.23, i32 noundef %146)
  %147 = load i64, ptr @g_315, align 8
  %148 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %147, ptr noundef @.str.24, i32 noundef %148)
  store i32 0, ptr %6, align 4
  br label %149

149:                                              ; preds = %164, %128
  %150 = load i32, ptr %6, align 4
  %151 = icmp slt i32 %150, 7
  br i1 %151, label %152, label %167

152:                                              ; preds = %149
  %153 = load i32, ptr %6, align 4
  %154 = getelementptr inbounds [7 x i32], ptr @g_342, i32 0, i32 %153
  %155 = load i32, ptr %154, align 4
  %156 = zext i32 %155 to i64
  %157 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %156, ptr noundef @.str.25, i32 noundef %157)
  %158 = load i32, ptr %9, align 4
  %159 = icmp ne i32 %158, 0
  br i1 %159, label %160, label %163

160:                                              ; preds = %152
  %161 = load i32, ptr %6, align 4
  %162 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %161)
  br label %163

163:                                              ; preds = %160, %152
  br label %164

164:                                              ; preds = %163
  %165 = load i32, ptr %6, align 4
  %166 = add nsw i32 %165, 1
  store i32 %166, ptr %6, align 4
  br label %149, !llvm.loop !13

167:                                              ; preds = %149
  %168 = load volatile i32, ptr @g_399, align 4
  %169 = sext i32 %168 to i64
  %170 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %169, ptr noundef @.str.26, i32 noundef %170)
  %171 = load i16, ptr @g_497, align 2
  %172 = sext i16 %171 to i64
  %173 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %172, ptr noundef @.str.27, i32 noundef %173)
  %174 = load volatile i16, ptr @g_502, align 2
  %175 = zext i16 %174 to i64
  %176 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %175, ptr noundef @.str.28, i32 noundef %176)
  %177 = load volatile i8, ptr @g_538, align 1
  %178 = sext i8 %177 to i64
  %179 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %178, ptr noundef @.str.29, i32 noundef %179)
  %180 = load i8, ptr @g_551, align 1
  %181 = sext i8 %180 to i64
  %182 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %181, ptr noundef @.str.30, i32 noundef %182)
  %183 = load i64, ptr @g_556, align 8
  %184 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %183, ptr noundef @.str.31, i32 noundef %184)
  store i32 0, ptr %6, align 4
  br label %185

185:                                              ; preds = %211, %167
  %186 = load i32, ptr %6, align 4
  %187 = icmp slt i32 %186, 2
  br i1 %187, label %188, label %214

188:                                              ; preds = %185
  store i32 0, ptr %7, align 4
  br label %189

189:                                              ; preds = %207, %188
  %190 = load i32, ptr %7, align 4
  %191 = icmp slt i32 %190, 3
  br i1 %191, label %192, label %210

192:                                              ; preds = %189
  %193 = load i32, ptr %6, align 4
  %194 = getelementptr inbounds [2 x [3 x %union.U0]], ptr @g_684, i32 0, i32 %193
  %195 = load i32, ptr %7, align 4
  %196 = getelementptr inbounds [3 x %union.U0], ptr %194, i32 0, i32 %195
  %197 = load volatile i8, ptr %196, align 4
  %198 = zext i8 %197 to i64
  %199 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %198, ptr noundef @.str.32, i32 noundef %199)
  %200 = load i32, ptr %9, align 4
  %201 = icmp ne i32 %200, 0
  br i1 %201, label %202, label %206

202:                                              ; preds = %192
  %203 = load i32, ptr %6, align 4
  %204 = load i32, ptr %7, align 4
  %205 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %203, i32 noundef %204)
  br label %206

206:                                              ; preds = %202, %192
  br label %207

207:                                              ; preds = %206
  %208 = load i32, ptr %7, align 4
  %209 = add nsw i32 %208, 1
  store i32 %209, ptr %7, align 4
  br label %189, !llvm.loop !14

210:                                              ; preds = %189
  br label %211

211:                                              ; preds = %210
  %212 = load i32, ptr %6, align 4
  %213 = add nsw i32 %212, 1
  store i32 %213, ptr %6, align 4
  br label %185, !llvm.loop !15

214:                                              ; preds = %185
  %215 = load i32, ptr @g_687, align 4
  %216 = sext i32 %215 to i64
  %217 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %216, ptr noundef @.str.33, i32 noundef %217)
  %218 = load volatile i8, ptr @g_751, align 4
  %219 = zext i8 %218 to i64
  %220 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %219, ptr noundef @.str.34, i32 noundef %220)
  %221 = load i32, ptr @g_755, align 4
  %222 = sext i32 %221 to i64
  %223 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %222, ptr noundef @.str.35, i32 noundef %223)
  store i32 0, ptr %6, align 4
  br label %224

224:                                              ; preds = %238, %214
  %225 = load i32, ptr %6, align 4
  %226 = icmp slt i32 %225, 4
  br i1 %226, label %227, label %241

227:                                              ; preds = %224
  %228 = load i32, ptr %6, align 4
  %229 = getelementptr inbounds [4 x i64], ptr @g_1124, i32 0, i32 %228
  %230 = load i64, ptr %229, align 8
  %231 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %230, ptr noundef @.str.36, i32 noundef %231)
  %232 = load i32, ptr %9, align 4
  %233 = icmp ne i32 %232, 0
  br i1 %233, label %234, label %237

234:                                              ; preds = %227
  %235 = load i32, ptr %6, align 4
  %236 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %235)
  br label %237

237:                                              ; preds = %234, %227
  br label %238

238:                                              ; preds = %237
  %239 = load i32, ptr %6, align 4
  %240 = add nsw i32 %239, 1
  store i32 %240, ptr %6, align 4
  br label %224, !llvm.loop !16

241:                                              ; preds = %224
  %242 = load volatile i8, ptr @g_1154, align 4
  %243 = zext i8 %242 to i64
  %244 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %243, ptr noundef @.str.37, i32 noundef %244)
  %245 = load i64, ptr @g_1237, align 8
  %246 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %245, ptr noundef @.str.38, i32 noundef %246)
  store i32 0, ptr %6, align 4
  br label %247

247:                                              ; preds = %284, %241
  %248 = load i32, ptr %6, align 4
  %249 = icmp slt i32 %248, 4
  br i1 %249, label %250, label %287

250:                                              ; preds = %247
  store i32 0, ptr %7, align 4
  br label %251

251:                                              ; preds = %280, %250
  %252 = load i32, ptr %7, align 4
  %253 = icmp slt i32 %252, 4
  br i1 %253, label %254, label %283

254:                                              ; preds = %251
  store i32 0, ptr %8, align 4
  br label %255

255:                                              ; preds = %276, %254
  %256 = load i32, ptr %8, align 4
  %257 = icmp slt i32 %256, 5
  br i1 %257, label %258, label %279

258:                                              ; preds = %255
  %259 = load i32, ptr %6, align 4
  %260 = getelementptr inbounds [4 x [4 x [5 x %union.U0]]], ptr @g_1277, i32 0, i32 %259
  %261 = load i32, ptr %7, align 4
  %262 = getelementptr inbounds [4 x [5 x %union.U0]], ptr %260, i32 0, i32 %261
  %263 = load i32, ptr %8, align 4
  %264 = getelementptr inbounds [5 x %union.U0], ptr %262, i32 0, i32 %263
  %265 = load i8, ptr %264, align 4
  %266 = zext i8 %265 to i64
  %267 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %266, ptr noundef @.str.39, i32 noundef %267)
  %268 = load i32, ptr %9, align 4
  %269 = icmp ne i32 %268, 0
  br i1 %269, label %270, label %275

270:                                              ; preds = %258
  %271 = load i32, ptr %6, align 4
  %272 = load i32, ptr %7, align 4
  %273 = load i32, ptr %8, align 4
  %274 = call i32 (ptr, ...) @printf(ptr noundef @.str.40, i32 noundef %271, i32 noundef %272, i32 noundef %273)
  br label %275

275:                                              ; preds = %270, %258
  br label %276

276:                                              ; preds = %275
  %277 = load i32, ptr %8, align 4
  %278 = add nsw i32 %277, 1
  store i32 %278, ptr %8, align 4
  br label %255, !llvm.loop !17

279:                                              ; preds = %255
  br label %280

280:                                              ; preds = %279
  %281 = load i32, ptr %7, align 4
  %282 = add nsw i32 %281, 1
  store i32 %282, ptr %7, align 4
  br label %251, !llvm.loop !18

283:                                              ; preds = %251
  br label %284

284:                                              ; preds = %283
  %285 = load i32, ptr %6, align 4
  %286 = add nsw i32 %285, 1
  store i32 %286, ptr %6, align 4
  br label %247, !llvm.loop !19

287:                                              ; preds = %247
  %288 = load volatile i64, ptr @g_1317, align 8
  %289 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %288, ptr noundef @.str.41, i32 noundef %289)
  %290 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 8, ptr noundef @.str.42, i32 noundef %290)
  %291 = load volatile i32, ptr @g_1599, align 4
  %292 = zext i32 %291 to i64
  %293 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %292, ptr noundef @.str.43, i32 noundef %293)
  %294 = load i8, ptr @g_1624, align 1
  %295 = zext i8 %294 to i64
  %296 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %295, ptr noundef @.str.44, i32 noundef %296)
  %297 = load i32, ptr @g_1632, align 4
  %298 = sext i32 %297 to i64
  %299 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %298, ptr noundef @.str.45, i32 noundef %299)
  %300 = load i64, ptr @g_1683, align 8
  %301 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %300, ptr noundef @.str.46, i32 noundef %301)
  %302 = load volatile i8, ptr @g_1690, align 4
  %303 = zext i8 %302 to i64
  %304 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %303, ptr noundef @.str.47, i32 noundef %304)
  %305 = load i64, ptr @g_1709, align 8
  %306 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %305, ptr noundef @.str.48, i32 noundef %306)
  %307 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 4294967295, ptr noundef @.str.49, i32 noundef %307)
  store i32 0, ptr %6, align 4
  br label %308

308:                                              ; preds = %345, %287
  %309 = load i32, ptr %6, align 4
  %310 = icmp slt i32 %309, 3
  br i1 %310, label %311, label %348

311:                                              ; preds = %308
  store i32 0, ptr %7, align 4
  br label %312

312:                                              ; preds = %341, %311
  %313 = load i32, ptr %7, align 4
  %314 = icmp slt i32 %313, 4
  br i1 %314, label %315, label %344

315:                                              ; preds = %312
  store i32 0, ptr %8, align 4
  br label %316

316:                                              ; preds = %337, %315
  %317 = load i32, ptr %8, align 4
  %318 = icmp slt i32 %317, 1
  br i1 %318, label %319, label %340

319:                                              ; preds = %316
  %320 = load i32, ptr %6, align 4
  %321 = getelementptr inbounds [3 x [4 x [1 x i32]]], ptr @g_1759, i32 0, i32 %320
  %322 = load i32, ptr %7, align 4
  %323 = getelementptr inbounds [4 x [1 x i32]], ptr %321, i32 0, i32 %322
  %324 = load i32, ptr %8, align 4
  %325 = getelementptr inbounds [1 x i32], ptr %323, i32 0, i32 %324
  %326 = load i32, ptr %325, align 4
  %327 = zext i32 %326 to i64
  %328 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %327, ptr noundef @.str.50, i32 noundef %328)
  %329 = load i32, ptr %9, align 4
  %330 = icmp ne i32 %329, 0
  br i1 %330, label %331, label %336

331:                                              ; preds = %319
  %332 = load i32, ptr %6, align 4
  %333 = load i32, ptr %7, align 4
  %334 = load i32, ptr %8, align 4
  %335 = call i32 (ptr, ...) @printf(ptr noundef @.str.40, i32 noundef %332, i32 noundef %333, i32 noundef %334)
  br label %336

336:                                              ; preds = %331, %319
  br label %337

337:                                              ; preds = %336
  %338 = load i32, ptr %8, align 4
  %339 = add nsw i32 %338, 1
  store i32 %339, ptr %8, align 4
  br label %316, !llvm.loop !20

340:                                              ; preds = %316
  br label %341

341:                                              ; preds = %340
  %342 = load i32, ptr %7, align 4
  %343 = add nsw i32 %342, 1
  store i32 %343, ptr %7, align 4
  br label %312, !llvm.loop !21

344:                                              ; preds = %312
  br label %345

345:                                              ; preds = %344
  %346 = load i32, ptr %6, align 4
  %347 = add nsw i32 %346, 1
  store i32 %347, ptr %6, align 4
  br label %308, !llvm.loop !22

348:                                              ; preds = %308
  %349 = load i64, ptr @g_1844, align 8
  %350 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %349, ptr noundef @.str.51, i32 noundef %350)
  %351 = load i8, ptr @g_1865, align 4
  %352 = zext i8 %351 to i64
  %353 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %352, ptr noundef @.str.52, i32 noundef %353)
  %354 = load volatile i32, ptr @g_1865, align 4
  %355 = zext i32 %354 to i64
  %356 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %355, ptr noundef @.str.53, i32 noundef %356)
  %357 = load i16, ptr @g_1865, align 4
  %358 = shl i16 %357, 6
  %359 = ashr i16 %358, 6
  %360 = sext i16 %359 to i32
  %361 = sext i32 %360 to i64
  %362 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %361, ptr noundef @.str.54, i32 noundef %362)
  %363 = load i32, ptr @g_1865, align 4
  %364 = zext i32 %363 to i64
  %365 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %364, ptr noundef @.str.55, i32 noundef %365)
  %366 = load volatile i64, ptr @g_1866, align 8
  %367 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %366, ptr noundef @.str.56, i32 noundef %367)
  %368 = load i8, ptr @g_1950, align 4
  %369 = zext i8 %368 to i64
  %370 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %369, ptr noundef @.str.57, i32 noundef %370)
  %371 = load i8, ptr @g_2077, align 1
  %372 = zext i8 %371 to i64
  %373 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %372, ptr noundef @.str.58, i32 noundef %373)
  %374 = load i8, ptr @g_2092, align 4
  %375 = zext i8 %374 to i64
  %376 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %375, ptr noundef @.str.59, i32 noundef %376)
  %377 = load i8, ptr @g_2095, align 4
  %378 = zext i8 %377 to i64
  %379 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %378, ptr noundef @.str.60, i32 noundef %379)
  %380 = load volatile i8, ptr @g_2150, align 4
  %381 = zext i8 %380 to i64
  %382 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %381, ptr noundef @.str.61, i32 noundef %382)
  %383 = load i16, ptr @g_2177, align 2
  %384 = zext i16 %383 to i64
  %385 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %384, ptr noundef @.str.62, i32 noundef %385)
  %386 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 1, ptr noundef @.str.63, i32 noundef %386)
  %387 = load volatile i16, ptr @g_2558, align 2
  %388 = sext i16 %387 to i64
  %389 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %388, ptr noundef @.str.64, i32 noundef %389)
  %390 = load i8, ptr @g_2678, align 4
  %391 = zext i8 %390 to i64
  %392 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %391, ptr noundef @.str.65, i32 noundef %392)
  %393 = load i8, ptr @g_2692, align 1
  %394 = sext i8 %393 to i64
  %395 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %394, ptr noundef @.str.66, i32 noundef %395)
  store i32 0, ptr %6, align 4
  br label %396

396:                                              ; preds = %411, %348
  %397 = load i32, ptr %6, align 4
  %398 = icmp slt i32 %397, 10
  br i1 %398, label %399, label %414

399:                                              ; preds = %396
  %400 = load i32, ptr %6, align 4
  %401 = getelementptr inbounds [10 x i32], ptr @g_2750, i32 0, i32 %400
  %402 = load i32, ptr %401, align 4
  %403 = sext i32 %402 to i64
  %404 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %403, ptr noundef @.str.67, i32 noundef %404)
  %405 = load i32, ptr %9, align 4
  %406 = icmp ne i32 %405, 0
  br i1 %406, label %407, label %410

407:                                              ; preds = %399
  %408 = load i32, ptr %6, align 4
  %409 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %408)
  br label %410

410:                                              ; preds = %407, %399
  br label %411

411:                                              ; preds = %410
  %412 = load i32, ptr %6, align 4
  %413 = add nsw i32 %412, 1
  store i32 %413, ptr %6, align 4
  br label %396, !llvm.loop !23

414:                                              ; preds = %396
  %415 = load i8, ptr @g_2819, align 1
  %416 = sext i8 %415 to i64
  %417 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %416, ptr noundef @.str.68, i32 noundef %417)
  store i32 0, ptr %6, align 4
  br label %418

418:                                              ; preds = %433, %414
  %419 = load i32, ptr %6, align 4
  %420 = icmp slt i32 %419, 4
  br i1 %420, label %421, label %436

421:                                              ; preds = %418
  %422 = load i32, ptr %6, align 4
  %423 = getelementptr inbounds [4 x %union.U0], ptr @g_2829, i32 0, i32 %422
  %424 = load i8, ptr %423, align 4
  %425 = zext i8 %424 to i64
  %426 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %425, ptr noundef @.str.69, i32 noundef %426)
  %427 = load i32, ptr %9, align 4
  %428 = icmp ne i32 %427, 0
  br i1 %428, label %429, label %432

429:                                              ; preds = %421
  %430 = load i32, ptr %6, align 4
  %431 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %430)
  br label %432

432:                                              ; preds = %429, %421
  br label %433

433:                                              ; preds = %432
  %434 = load i32, ptr %6, align 4
  %435 = add nsw i32 %434, 1
  store i32 %435, ptr %6, align 4
  br label %418, !llvm.loop !24

436:                                              ; preds = %418
  %437 = load i8, ptr @g_2887, align 4
  %438 = zext i8 %437 to i64
  %439 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %438, ptr noundef @.str.70, i32 noundef %439)
  store i32 0, ptr %6, align 4
  br label %440

440:                                              ; preds = %466, %436
  %441 = load i32, ptr %6, align 4
  %442 = icmp slt i32 %441, 2
  br i1 %442, label %443, label %469

443:                                              ; preds = %440
  store i32 0, ptr %7, align 4
  br label %444

444:                                              ; preds = %462, %443
  %445 = load i32, ptr %7, align 4
  %446 = icmp slt i32 %445, 7
  br i1 %446, label %447, label %465

447:                                              ; preds = %444
  %448 = load i32, ptr %6, align 4
  %449 = getelementptr inbounds [2 x [7 x i8]], ptr @g_2937, i32 0, i32 %448
  %450 = load i32, ptr %7, align 4
  %451 = getelementptr inbounds [7 x i8], ptr %449, i32 0, i32 %450
  %452 = load i8, ptr %451, align 1
  %453 = sext i8 %452 to i64
  %454 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %453, ptr noundef @.str.71, i32 noundef %454)
  %455 = load i32, ptr %9, align 4
  %456 = icmp ne i32 %455, 0
  br i1 %456, label %457, label %461

457:                                              ; preds = %447
  %458 = load i32, ptr %6, align 4
  %459 = load i32, ptr %7, align 4
  %460 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %458, i32 noundef %459)
  br label %461

461:                                              ; preds = %457, %447
  br label %462

462:                                              ; preds = %461
  %463 = load i32, ptr %7, align 4
  %464 = add nsw i32 %463, 1
  store i32 %464, ptr %7, align 4
  br label %444, !llvm.loop !25

465:                                              ; preds = %444
  br label %466

466:                                              ; preds = %465
  %467 = load i32, ptr %6, align 4
  %468 = add nsw i32 %467, 1
  store i32 %468, ptr %6, align 4
  br label %440, !llvm.loop !26

469:                                              ; preds = %440
  %470 = load i8, ptr @g_3036, align 4
  %471 = zext i8 %470 to i64
  %472 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %471, ptr noundef @.str.72, i32 noundef %472)
  store i32 0, ptr %6, align 4
  br label %473

473:                                              ; preds = %488, %469
  %474 = load i32, ptr %6, align 4
  %475 = icmp slt i32 %474, 9
  br i1 %475, label %476, label %491

476:                                              ; preds = %473
  %477 = load i32, ptr %6, align 4
  %478 = getelementptr inbounds [9 x i16], ptr @g_3055, i32 0, i32 %477
  %479 = load i16, ptr %478, align 2
  %480 = sext i16 %479 to i64
  %481 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %480, ptr noundef @.str.73, i32 noundef %481)
  %482 = load i32, ptr %9, align 4
  %483 = icmp ne i32 %482, 0
  br i1 %483, label %484, label %487

484:                                              ; preds = %476
  %485 = load i32, ptr %6, align 4
  %486 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %485)
  br label %487

487:                                              ; preds = %484, %476
  br label %488

488:                                              ; preds = %487
  %489 = load i32, ptr %6, align 4
  %490 = add nsw i32 %489, 1
  store i32 %490, ptr %6, align 4
  br label %473, !llvm.loop !27

491:                                              ; preds = %473
  store i32 0, ptr %6, align 4
  br label %492

492:                                              ; preds = %507, %491
  %493 = load i32, ptr %6, align 4
  %494 = icmp slt i32 %493, 5
  br i1 %494, label %495, label %510

495:                                              ; preds = %492
  %496 = load i32, ptr %6, align 4
  %497 = getelementptr inbounds [5 x i8], ptr @g_3063, i32 0, i32 %496
  %498 = load volatile i8, ptr %497, align 1
  %499 = zext i8 %498 to i64
  %500 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %499, ptr noundef @.str.74, i32 noundef %500)
  %501 = load i32, ptr %9, align 4
  %502 = icmp ne i32 %501, 0
  br i1 %502, label %503, label %506

503:                                              ; preds = %495
  %504 = load i32, ptr %6, align 4
  %505 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %504)
  br label %506

506:                                              ; preds = %503, %495
  br label %507

507:                                              ; preds = %506
  %508 = load i32, ptr %6, align 4
  %509 = add nsw i32 %508, 1
  store i32 %509, ptr %6, align 4
  br label %492, !llvm.loop !28

510:                                              ; preds = %492
  %511 = load i8, ptr @g_3101, align 1
  %512 = zext i8 %511 to i64
  %513 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %512, ptr noundef @.str.75, i32 noundef %513)
  %514 = load i32, ptr @g_3133, align 4
  %515 = sext i32 %514 to i64
  %516 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %515, ptr noundef @.str.76, i32 noundef %516)
  %517 = load i32, ptr @crc32_context, align 4
  %518 = xor i32 %517, -1
  %519 = load i32, ptr %9, align 4
  call void @platform_main_end(i32 noundef %518, i32 noundef %519)
  ret i32 0
}

; Function Attrs: nounwind
declare dso_local i32 @strcmp(ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define internal void @platform_main_begin() #0 {
  ret void
}

; Function Attrs: noinline nounwind
define internal void @crc32_gentab() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 -306674912, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %5

5:                                                ; preds = %32, %0
  %6 = load i32, ptr %3, align 4
  %7 = icmp slt i32 %6, 256
  br i1 %7, label %8, label %35

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
  br label %10, !llvm.loop !29

28:                                               ; preds = %10
  %29 = load i32, ptr %1, align 4
  %30 = load i32, ptr %3, align 4
  %31 = getelementptr inbounds [256 x i32], ptr @crc32_tab, i32 0, i32 %30
  store i32 %29, ptr %31, align 4
  br label %32

32:                                               ; preds = %28
  %33 = load i32, ptr %3, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %3, align 4
  br label %5, !llvm.loop !30

35:                                               ; preds = %5
  ret void
}

; Function Attrs: noinline nounwind
define internal i64 @func_1() #0 {
  %1 = alloca ptr, align 4
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 4
  %8 = alloca ptr, align 4
  %9 = alloca ptr, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 4
  %13 = alloca ptr, align 4
  %14 = alloca i32, align 4
  %15 = alloca ptr, align 4
  %16 = alloca i16, align 2
  %17 = alloca ptr, align 4
  %18 = alloca ptr, align 4
  %19 = alloca i64, align 8
  %20 = alloca ptr, align 4
  %21 = alloca ptr, align 4
  %22 = alloca ptr, align 4
  %23 = alloca ptr, align 4
  %24 = alloca i32, align 4
  %25 = alloca ptr, align 4
  store ptr @g_4, ptr %1, align 4
  store i32 -121129530, ptr %2, align 4
  store ptr @g_7, ptr %3, align 4
  store i32 0, ptr %4, align 4
  store ptr @g_2133, ptr %5, align 4
  store i32 239465857, ptr %6, align 4
  store ptr @g_342, ptr %7, align 4
  store ptr @g_1865, ptr %8, align 4
  store ptr @g_1709, ptr %9, align 4
  store i32 3, ptr %10, align 4
  store i32 -6, ptr %11, align 4
  %26 = load volatile i32, ptr @g_2, align 4
  %27 = load i32, ptr %2, align 4
  %28 = load ptr, ptr %3, align 4
  %29 = load i32, ptr %28, align 4
  %30 = xor i32 %29, %27
  store i32 %30, ptr %28, align 4
  %31 = load ptr, ptr %3, align 4
  %32 = icmp ne ptr %31, @g_7
  %33 = zext i1 %32 to i32
  %34 = and i32 %33, 0
  %35 = load volatile i32, ptr @g_2, align 4
  %36 = load i32, ptr %4, align 4
  %37 = and i32 %34, %36
  %38 = zext i32 %37 to i64
  %39 = icmp sge i64 %38, 1013775657378961980
  %40 = zext i1 %39 to i32
  %41 = icmp eq i32 %40, 20
  %42 = zext i1 %41 to i32
  %43 = load i32, ptr %2, align 4
  %44 = load i32, ptr %2, align 4
  %45 = trunc i32 %44 to i8
  %46 = load i32, ptr %4, align 4
  %47 = call ptr @func_13(i32 noundef %42, i32 noundef %43, i8 noundef zeroext %45, i32 noundef %46)
  %48 = load i32, ptr %4, align 4
  %49 = trunc i32 %48 to i8
  %50 = call ptr @func_8(ptr noundef @g_4, ptr noundef @g_4, ptr noundef %47, i8 noundef zeroext %49)
  %51 = load ptr, ptr @g_1065, align 4
  store ptr %50, ptr %51, align 4
  %52 = icmp ne ptr @g_4, %50
  %53 = zext i1 %52 to i32
  %54 = load i32, ptr %2, align 4
  %55 = load i32, ptr %2, align 4
  %56 = icmp slt i32 %54, %55
  br i1 %56, label %57, label %116

57:                                               ; preds = %0
  store ptr @g_2133, ptr %12, align 4
  store ptr %12, ptr %13, align 4
  store i32 658030991, ptr %14, align 4
  store ptr @g_1624, ptr %15, align 4
  store i16 8515, ptr %16, align 2
  store ptr null, ptr %17, align 4
  store ptr %14, ptr %18, align 4
  %58 = load ptr, ptr @g_419, align 4
  %59 = load i16, ptr %58, align 2
  %60 = load i32, ptr %2, align 4
  %61 = load i32, ptr %4, align 4
  %62 = call i32 @safe_mod_func_uint32_t_u_u(i32 noundef %60, i32 noundef %61)
  %63 = trunc i32 %62 to i16
  %64 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %59, i16 noundef signext %63)
  %65 = load volatile ptr, ptr @g_2516, align 4
  %66 = load ptr, ptr %65, align 4
  %67 = load volatile ptr, ptr %66, align 4
  %68 = icmp ne ptr %67, @g_2134
  %69 = zext i1 %68 to i32
  %70 = call signext i16 @safe_rshift_func_int16_t_s_u(i16 noundef signext %64, i32 noundef %69)
  %71 = sext i16 %70 to i32
  %72 = icmp ne i32 %71, 0
  br i1 %72, label %82, label %73

73:                                               ; preds = %57
  %74 = load ptr, ptr %5, align 4
  %75 = load ptr, ptr %5, align 4
  %76 = load ptr, ptr %13, align 4
  store ptr %75, ptr %76, align 4
  %77 = icmp ne ptr %74, %75
  %78 = zext i1 %77 to i32
  %79 = load i32, ptr %4, align 4
  %80 = xor i32 %78, %79
  %81 = icmp ne i32 %80, 0
  br label %82

82:                                               ; preds = %73, %57
  %83 = phi i1 [ true, %57 ], [ %81, %73 ]
  %84 = zext i1 %83 to i32
  %85 = load i8, ptr @g_3101, align 1
  %86 = add i8 %85, 1
  store i8 %86, ptr @g_3101, align 1
  %87 = load ptr, ptr %15, align 4
  %88 = load i8, ptr %87, align 1
  %89 = add i8 %88, -1
  store i8 %89, ptr %87, align 1
  %90 = zext i8 %89 to i32
  %91 = load ptr, ptr @g_1405, align 4
  %92 = load ptr, ptr %91, align 4
  %93 = load i64, ptr %92, align 8
  %94 = load ptr, ptr @g_1405, align 4
  %95 = load ptr, ptr %94, align 4
  store i64 %93, ptr %95, align 8
  %96 = load i32, ptr %14, align 4
  %97 = sext i32 %96 to i64
  %98 = icmp sgt i64 %93, %97
  %99 = zext i1 %98 to i32
  %100 = trunc i32 %99 to i8
  %101 = call signext i8 @safe_lshift_func_int8_t_s_u(i8 noundef signext %100, i32 noundef 5)
  %102 = icmp ne ptr null, %1
  %103 = zext i1 %102 to i32
  %104 = load i16, ptr @g_221, align 2
  %105 = load i16, ptr %16, align 2
  %106 = zext i16 %105 to i32
  %107 = load i16, ptr %16, align 2
  %108 = zext i16 %107 to i32
  %109 = icmp ne i32 %106, %108
  %110 = zext i1 %109 to i32
  %111 = icmp sgt i32 %90, %110
  %112 = zext i1 %111 to i32
  %113 = load ptr, ptr %18, align 4
  store i32 %112, ptr %113, align 4
  %114 = xor i32 %84, %112
  %115 = xor i32 %114, 0
  store i32 %115, ptr %2, align 4
  br label %206

116:                                              ; preds = %0
  store i64 9, ptr %19, align 8
  store ptr null, ptr %20, align 4
  store ptr null, ptr %21, align 4
  store ptr getelementptr inbounds ([8 x [2 x ptr]], ptr @g_1399, i32 0, i32 6), ptr %22, align 4
  store ptr @g_4, ptr %23, align 4
  store i32 1, ptr %24, align 4
  store ptr @g_37, ptr %25, align 4
  %117 = load i32, ptr %6, align 4
  %118 = trunc i32 %117 to i16
  %119 = load i32, ptr %6, align 4
  %120 = icmp ne i32 %119, 0
  br i1 %120, label %121, label %166

121:                                              ; preds = %116
  %122 = load i64, ptr %19, align 8
  %123 = load ptr, ptr %3, align 4
  %124 = load ptr, ptr %22, align 4
  store ptr %123, ptr %124, align 4
  %125 = load ptr, ptr %3, align 4
  %126 = icmp eq ptr %123, %125
  %127 = zext i1 %126 to i32
  %128 = sext i32 %127 to i64
  %129 = load i8, ptr @g_2829, align 4
  %130 = zext i8 %129 to i64
  %131 = call i64 @safe_sub_func_uint64_t_u_u(i64 noundef %128, i64 noundef %130)
  %132 = trunc i64 %131 to i8
  %133 = call signext i8 @safe_rshift_func_int8_t_s_s(i8 noundef signext %132, i32 noundef 2)
  %134 = sext i8 %133 to i64
  %135 = icmp ne i64 %134, -3773439798235920912
  %136 = zext i1 %135 to i32
  %137 = sext i32 %136 to i64
  %138 = icmp ugt i64 %122, %137
  %139 = zext i1 %138 to i32
  %140 = trunc i32 %139 to i8
  %141 = load ptr, ptr %23, align 4
  %142 = icmp eq ptr null, %141
  br i1 %142, label %143, label %144

143:                                              ; preds = %121
  br label %144

144:                                              ; preds = %143, %121
  %145 = phi i1 [ false, %121 ], [ true, %143 ]
  %146 = zext i1 %145 to i32
  store i32 %146, ptr %2, align 4
  %147 = sext i32 %146 to i64
  %148 = load i64, ptr %19, align 8
  %149 = and i64 %147, %148
  %150 = icmp ne i64 %149, 0
  br i1 %150, label %151, label %156

151:                                              ; preds = %144
  %152 = load ptr, ptr @g_1405, align 4
  %153 = load ptr, ptr %152, align 4
  %154 = load i64, ptr %153, align 8
  %155 = icmp ne i64 %154, 0
  br label %156

156:                                              ; preds = %151, %144
  %157 = phi i1 [ false, %144 ], [ %155, %151 ]
  %158 = zext i1 %157 to i32
  %159 = trunc i32 %158 to i8
  %160 = load i32, ptr %24, align 4
  %161 = trunc i32 %160 to i8
  %162 = call zeroext i8 @safe_sub_func_uint8_t_u_u(i8 noundef zeroext %159, i8 noundef zeroext %161)
  %163 = call zeroext i8 @safe_sub_func_uint8_t_u_u(i8 noundef zeroext %140, i8 noundef zeroext %162)
  %164 = zext i8 %163 to i32
  %165 = icmp ne i32 %164, 0
  br label %166

166:                                              ; preds = %156, %116
  %167 = phi i1 [ false, %116 ], [ %165, %156 ]
  %168 = zext i1 %167 to i32
  %169 = load ptr, ptr @g_1105, align 4
  %170 = load ptr, ptr %169, align 4
  %171 = load ptr, ptr %170, align 4
  %172 = load i8, ptr %171, align 1
  %173 = zext i8 %172 to i32
  %174 = icmp eq i32 %168, %173
  %175 = zext i1 %174 to i32
  %176 = load i32, ptr @g_3133, align 4
  %177 = icmp eq i32 %175, %176
  %178 = zext i1 %177 to i32
  %179 = trunc i32 %178 to i16
  %180 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %118, i16 noundef zeroext %179)
  %181 = load ptr, ptr @g_1411, align 4
  store i16 %180, ptr %181, align 2
  %182 = zext i16 %180 to i32
  %183 = load ptr, ptr @g_301, align 4
  %184 = load i16, ptr %183, align 2
  %185 = zext i16 %184 to i32
  %186 = and i32 %182, %185
  %187 = trunc i32 %186 to i16
  %188 = load i32, ptr %24, align 4
  %189 = call zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext %187, i32 noundef %188)
  %190 = zext i16 %189 to i64
  %191 = call i64 @safe_unary_minus_func_int64_t_s(i64 noundef %190)
  %192 = load volatile ptr, ptr @g_2128, align 4
  %193 = load i32, ptr %192, align 4
  %194 = call i64 @safe_mod_func_uint64_t_u_u(i64 noundef 8240479228030142294, i64 noundef -3)
  %195 = trunc i64 %194 to i32
  %196 = load ptr, ptr @g_163, align 4
  %197 = load ptr, ptr %196, align 4
  store volatile i32 %195, ptr %197, align 4
  %198 = load i32, ptr %6, align 4
  %199 = load ptr, ptr @g_164, align 4
  store volatile i32 %198, ptr %199, align 4
  %200 = load ptr, ptr @g_162, align 4
  %201 = load ptr, ptr %200, align 4
  %202 = load ptr, ptr %201, align 4
  %203 = load ptr, ptr @g_163, align 4
  store ptr %202, ptr %203, align 4
  %204 = load ptr, ptr %25, align 4
  %205 = load ptr, ptr @g_178, align 4
  store ptr %204, ptr %205, align 4
  br label %206

206:                                              ; preds = %166, %82
  %207 = call signext i8 @safe_unary_minus_func_int8_t_s(i8 noundef signext 10)
  %208 = sext i8 %207 to i32
  %209 = load ptr, ptr @g_419, align 4
  %210 = load i16, ptr %209, align 2
  %211 = sext i16 %210 to i32
  %212 = icmp sge i32 %208, %211
  %213 = zext i1 %212 to i32
  %214 = trunc i32 %213 to i16
  %215 = load ptr, ptr @g_419, align 4
  store i16 %214, ptr %215, align 2
  %216 = load ptr, ptr %7, align 4
  %217 = load i32, ptr %216, align 4
  %218 = or i32 %217, 230410607
  store i32 %218, ptr %216, align 4
  %219 = load i32, ptr %2, align 4
  %220 = load i32, ptr %2, align 4
  %221 = load ptr, ptr %8, align 4
  store i32 %220, ptr %221, align 4
  %222 = load i32, ptr %4, align 4
  %223 = icmp ule i32 %222, 223
  %224 = zext i1 %223 to i32
  %225 = call i32 @safe_sub_func_uint32_t_u_u(i32 noundef %220, i32 noundef %224)
  %226 = icmp ne i32 %218, %225
  %227 = zext i1 %226 to i32
  %228 = trunc i32 %227 to i16
  %229 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %214, i16 noundef signext %228)
  %230 = trunc i16 %229 to i8
  %231 = load i32, ptr %4, align 4
  %232 = call signext i8 @safe_lshift_func_int8_t_s_u(i8 noundef signext %230, i32 noundef %231)
  %233 = sext i8 %232 to i32
  %234 = load ptr, ptr %9, align 4
  %235 = icmp eq ptr @g_1866, %234
  %236 = zext i1 %235 to i32
  %237 = load i32, ptr %4, align 4
  %238 = or i32 %236, %237
  store i32 %238, ptr %6, align 4
  %239 = load ptr, ptr @g_275, align 4
  %240 = load ptr, ptr %239, align 4
  %241 = load i8, ptr %240, align 1
  %242 = zext i8 %241 to i32
  %243 = icmp slt i32 %233, %242
  %244 = zext i1 %243 to i32
  %245 = load i32, ptr %2, align 4
  %246 = icmp sge i32 %244, %245
  %247 = zext i1 %246 to i32
  %248 = load i32, ptr %10, align 4
  %249 = and i32 %248, %247
  store i32 %249, ptr %10, align 4
  %250 = trunc i32 %249 to i8
  %251 = call zeroext i8 @safe_rshift_func_uint8_t_u_s(i8 noundef zeroext %250, i32 noundef 4)
  %252 = zext i8 %251 to i32
  %253 = load i32, ptr %11, align 4
  %254 = xor i32 %253, %252
  store i32 %254, ptr %11, align 4
  %255 = load i32, ptr %10, align 4
  %256 = sext i32 %255 to i64
  ret i64 %256
}

; Function Attrs: noinline nounwind
define internal void @transparent_crc(i64 noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  store i64 %0, ptr %4, align 8
  store ptr %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %7 = load i64, ptr %4, align 8
  call void @crc32_8bytes(i64 noundef %7)
  %8 = load i32, ptr %6, align 4
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %10, label %15

10:                                               ; preds = %3
  %11 = load ptr, ptr %5, align 4
  %12 = load i32, ptr @crc32_context, align 4
  %13 = xor i32 %12, -1
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str.77, ptr noundef %11, i32 noundef %13)
  br label %15

15:                                               ; preds = %10, %3
  ret void
}

declare dso_local i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind
define internal void @platform_main_end(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.94, i32 noundef %5)
  ret void
}

; Function Attrs: noinline nounwind
define internal ptr @func_8(ptr noundef %0, ptr noundef %1, ptr noundef %2, i8 noundef zeroext %3) #0 {
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  %7 = alloca ptr, align 4
  %8 = alloca i8, align 1
  %9 = alloca ptr, align 4
  %10 = alloca ptr, align 4
  %11 = alloca ptr, align 4
  %12 = alloca [8 x [3 x [5 x i32]]], align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca ptr, align 4
  %16 = alloca i16, align 2
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  store ptr %0, ptr %5, align 4
  store ptr %1, ptr %6, align 4
  store ptr %2, ptr %7, align 4
  store i8 %3, ptr %8, align 1
  store ptr @g_2134, ptr %9, align 4
  store ptr %9, ptr %10, align 4
  store ptr @g_419, ptr %11, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %12, ptr align 4 @__const.func_8.l_2997, i32 480, i1 false)
  store i32 -329472961, ptr %13, align 4
  store i32 0, ptr %14, align 4
  store ptr null, ptr %15, align 4
  store i16 -5364, ptr %16, align 2
  %20 = load ptr, ptr %5, align 4
  ret ptr %20
}

; Function Attrs: noinline nounwind
define internal ptr @func_13(i32 noundef %0, i32 noundef %1, i8 noundef zeroext %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i8, align 1
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca [8 x ptr], align 4
  %11 = alloca i32, align 4
  store i32 %0, ptr %5, align 4
  store i32 %1, ptr %6, align 4
  store i8 %2, ptr %7, align 1
  store i32 %3, ptr %8, align 4
  store i32 1368886880, ptr %9, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %10, ptr align 4 @__const.func_13.l_25, i32 32, i1 false)
  store i32 0, ptr %6, align 4
  br label %12

12:                                               ; preds = %32, %4
  %13 = load i32, ptr %6, align 4
  %14 = icmp ult i32 %13, 2
  br i1 %14, label %15, label %35

15:                                               ; preds = %12
  store i8 0, ptr @g_4, align 1
  br label %16

16:                                               ; preds = %24, %15
  %17 = load i8, ptr @g_4, align 1
  %18 = sext i8 %17 to i32
  %19 = icmp slt i32 %18, 2
  br i1 %19, label %20, label %29

20:                                               ; preds = %16
  %21 = load i8, ptr @g_4, align 1
  %22 = sext i8 %21 to i32
  %23 = getelementptr inbounds [2 x i8], ptr @g_21, i32 0, i32 %22
  store i8 -18, ptr %23, align 1
  br label %24

24:                                               ; preds = %20
  %25 = load i8, ptr @g_4, align 1
  %26 = sext i8 %25 to i32
  %27 = add nsw i32 %26, 1
  %28 = trunc i32 %27 to i8
  store i8 %28, ptr @g_4, align 1
  br label %16, !llvm.loop !31

29:                                               ; preds = %16
  %30 = load i32, ptr %9, align 4
  %31 = load volatile ptr, ptr @g_23, align 4
  store i32 %30, ptr %31, align 4
  br label %32

32:                                               ; preds = %29
  %33 = load i32, ptr %6, align 4
  %34 = add i32 %33, 1
  store i32 %34, ptr %6, align 4
  br label %12, !llvm.loop !32

35:                                               ; preds = %12
  %36 = getelementptr inbounds [8 x ptr], ptr %10, i32 0, i32 3
  %37 = load ptr, ptr %36, align 4
  ret ptr %37
}

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
define internal i32 @safe_mod_func_uint32_t_u_u(i32 noundef %0, i32 noundef %1) #0 {
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
  %12 = urem i32 %10, %11
  br label %13

13:                                               ; preds = %9, %7
  %14 = phi i32 [ %8, %7 ], [ %12, %9 ]
  ret i32 %14
}

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
define internal i64 @safe_unary_minus_func_int64_t_s(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = icmp eq i64 %3, -9223372036854775808
  br i1 %4, label %5, label %7

5:                                                ; preds = %1
  %6 = load i64, ptr %2, align 8
  br label %10

7:                                                ; preds = %1
  %8 = load i64, ptr %2, align 8
  %9 = sub nsw i64 0, %8
  br label %10

10:                                               ; preds = %7, %5
  %11 = phi i64 [ %6, %5 ], [ %9, %7 ]
  ret i64 %11
}

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
define internal signext i8 @safe_rshift_func_int8_t_s_s(i8 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i8, ptr %3, align 1
  %6 = sext i8 %5 to i32
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
  %15 = load i8, ptr %3, align 1
  %16 = sext i8 %15 to i32
  br label %22

17:                                               ; preds = %11
  %18 = load i8, ptr %3, align 1
  %19 = sext i8 %18 to i32
  %20 = load i32, ptr %4, align 4
  %21 = ashr i32 %19, %20
  br label %22

22:                                               ; preds = %17, %14
  %23 = phi i32 [ %16, %14 ], [ %21, %17 ]
  %24 = trunc i32 %23 to i8
  ret i8 %24
}

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
define internal zeroext i8 @safe_rshift_func_uint8_t_u_s(i8 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp slt i32 %5, 0
  br i1 %6, label %10, label %7

7:                                                ; preds = %2
  %8 = load i32, ptr %4, align 4
  %9 = icmp sge i32 %8, 32
  br i1 %9, label %10, label %13

10:                                               ; preds = %7, %2
  %11 = load i8, ptr %3, align 1
  %12 = zext i8 %11 to i32
  br label %18

13:                                               ; preds = %7
  %14 = load i8, ptr %3, align 1
  %15 = zext i8 %14 to i32
  %16 = load i32, ptr %4, align 4
  %17 = ashr i32 %15, %16
  br label %18

18:                                               ; preds = %13, %10
  %19 = phi i32 [ %12, %10 ], [ %17, %13 ]
  %20 = trunc i32 %19 to i8
  ret i8 %20
}

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
define internal signext i8 @safe_unary_minus_func_int8_t_s(i8 noundef signext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i8, ptr %2, align 1
  %4 = sext i8 %3 to i32
  %5 = sub nsw i32 0, %4
  %6 = trunc i32 %5 to i8
  ret i8 %6
}

; Function Attrs: noinline nounwind
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

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #3

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
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
  %11 = getelementptr inbounds [256 x i32], ptr @crc32_tab, i32 0, i32 %10
  %12 = load i32, ptr %11, align 4
  %13 = xor i32 %5, %12
  store i32 %13, ptr @crc32_context, align 4
  ret void
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic-rv32" "target-features"="+32bit,+a,+c,+m,+relax,+zmmul,-b,-d,-e,-experimental-smmpm,-experimental-smnpm,-experimental-ssnpm,-experimental-sspm,-experimental-ssqosid,-experimental-supm,-experimental-zacas,-experimental-zalasr,-experimental-zicfilp,-experimental-zicfiss,-f,-h,-shcounterenw,-shgatpa,-shtvala,-shvsatpa,-shvstvala,-shvstvecd,-smaia,-smcdeleg,-smcsrind,-smepmp,-smstateen,-ssaia,-ssccfg,-ssccptr,-sscofpmf,-sscounterenw,-sscsrind,-ssstateen,-ssstrict,-sstc,-sstvala,-sstvecd,-ssu64xl,-svade,-svadu,-svbare,-svinval,-svnapot,-svpbmt,-v,-xcvalu,-xcvbi,-xcvbitmanip,-xcvelw,-xcvmac,-xcvmem,-xcvsimd,-xsfcease,-xsfvcp,-xsfvfnrclipxfqf,-xsfvfwmaccqqq,-xsfvqmaccdod,-xsfvqmaccqoq,-xsifivecdiscarddlone,-xsifivecflushdlone,-xtheadba,-xtheadbb,-xtheadbs,-xtheadcmo,-xtheadcondmov,-xtheadfmemidx,-xtheadmac,-xtheadmemidx,-xtheadmempair,-xtheadsync,-xtheadvdot,-xventanacondops,-xwchc,-za128rs,-za64rs,-zaamo,-zabha,-zalrsc,-zama16b,-zawrs,-zba,-zbb,-zbc,-zbkb,-zbkc,-zbkx,-zbs,-zca,-zcb,-zcd,-zce,-zcf,-zcmop,-zcmp,-zcmt,-zdinx,-zfa,-zfbfmin,-zfh,-zfhmin,-zfinx,-zhinx,-zhinxmin,-zic64b,-zicbom,-zicbop,-zicboz,-ziccamoa,-ziccif,-zicclsm,-ziccrse,-zicntr,-zicond,-zicsr,-zifencei,-zihintntl,-zihintpause,-zihpm,-zimop,-zk,-zkn,-zknd,-zkne,-zknh,-zkr,-zks,-zksed,-zksh,-zkt,-ztso,-zvbb,-zvbc,-zve32f,-zve32x,-zve64d,-zve64f,-zve64x,-zvfbfmin,-zvfbfwma,-zvfh,-zvfhmin,-zvkb,-zvkg,-zvkn,-zvknc,-zvkned,-zvkng,-zvknha,-zvknhb,-zvks,-zvksc,-zvksed,-zvksg,-zvksh,-zvkt,-zvl1024b,-zvl128b,-zvl16384b,-zvl2048b,-zvl256b,-zvl32768b,-zvl32b,-zvl4096b,-zvl512b,-zvl64b,-zvl65536b,-zvl8192b" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic-rv32" "target-features"="+32bit,+a,+c,+m,+relax,+zmmul,-b,-d,-e,-experimental-smmpm,-experimental-smnpm,-experimental-ssnpm,-experimental-sspm,-experimental-ssqosid,-experimental-supm,-experimental-zacas,-experimental-zalasr,-experimental-zicfilp,-experimental-zicfiss,-f,-h,-shcounterenw,-shgatpa,-shtvala,-shvsatpa,-shvstvala,-shvstvecd,-smaia,-smcdeleg,-smcsrind,-smepmp,-smstateen,-ssaia,-ssccfg,-ssccptr,-sscofpmf,-sscounterenw,-sscsrind,-ssstateen,-ssstrict,-sstc,-sstvala,-sstvecd,-ssu64xl,-svade,-svadu,-svbare,-svinval,-svnapot,-svpbmt,-v,-xcvalu,-xcvbi,-xcvbitmanip,-xcvelw,-xcvmac,-xcvmem,-xcvsimd,-xsfcease,-xsfvcp,-xsfvfnrclipxfqf,-xsfvfwmaccqqq,-xsfvqmaccdod,-xsfvqmaccqoq,-xsifivecdiscarddlone,-xsifivecflushdlone,-xtheadba,-xtheadbb,-xtheadbs,-xtheadcmo,-xtheadcondmov,-xtheadfmemidx,-xtheadmac,-xtheadmemidx,-xtheadmempair,-xtheadsync,-xtheadvdot,-xventanacondops,-xwchc,-za128rs,-za64rs,-zaamo,-zabha,-zalrsc,-zama16b,-zawrs,-zba,-zbb,-zbc,-zbkb,-zbkc,-zbkx,-zbs,-zca,-zcb,-zcd,-zce,-zcf,-zcmop,-zcmp,-zcmt,-zdinx,-zfa,-zfbfmin,-zfh,-zfhmin,-zfinx,-zhinx,-zhinxmin,-zic64b,-zicbom,-zicbop,-zicboz,-ziccamoa,-ziccif,-zicclsm,-ziccrse,-zicntr,-zicond,-zicsr,-zifencei,-zihintntl,-zihintpause,-zihpm,-zimop,-zk,-zkn,-zknd,-zkne,-zknh,-zkr,-zks,-zksed,-zksh,-zkt,-ztso,-zvbb,-zvbc,-zve32f,-zve32x,-zve64d,-zve64f,-zve64x,-zvfbfmin,-zvfbfwma,-zvfh,-zvfhmin,-zvkb,-zvkg,-zvkn,-zvknc,-zvkned,-zvkng,-zvknha,-zvknhb,-zvks,-zvksc,-zvksed,-zvksg,-zvksh,-zvkt,-zvl1024b,-zvl128b,-zvl16384b,-zvl2048b,-zvl256b,-zvl32768b,-zvl32b,-zvl4096b,-zvl512b,-zvl64b,-zvl65536b,-zvl8192b" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic-rv32" "target-features"="+32bit,+a,+c,+m,+relax,+zmmul,-b,-d,-e,-experimental-smmpm,-experimental-smnpm,-experimental-ssnpm,-experimental-sspm,-experimental-ssqosid,-experimental-supm,-experimental-zacas,-experimental-zalasr,-experimental-zicfilp,-experimental-zicfiss,-f,-h,-shcounterenw,-shgatpa,-shtvala,-shvsatpa,-shvstvala,-shvstvecd,-smaia,-smcdeleg,-smcsrind,-smepmp,-smstateen,-ssaia,-ssccfg,-ssccptr,-sscofpmf,-sscounterenw,-sscsrind,-ssstateen,-ssstrict,-sstc,-sstvala,-sstvecd,-ssu64xl,-svade,-svadu,-svbare,-svinval,-svnapot,-svpbmt,-v,-xcvalu,-xcvbi,-xcvbitmanip,-xcvelw,-xcvmac,-xcvmem,-xcvsimd,-xsfcease,-xsfvcp,-xsfvfnrclipxfqf,-xsfvfwmaccqqq,-xsfvqmaccdod,-xsfvqmaccqoq,-xsifivecdiscarddlone,-xsifivecflushdlone,-xtheadba,-xtheadbb,-xtheadbs,-xtheadcmo,-xtheadcondmov,-xtheadfmemidx,-xtheadmac,-xtheadmemidx,-xtheadmempair,-xtheadsync,-xtheadvdot,-xventanacondops,-xwchc,-za128rs,-za64rs,-zaamo,-zabha,-zalrsc,-zama16b,-zawrs,-zba,-zbb,-zbc,-zbkb,-zbkc,-zbkx,-zbs,-zca,-zcb,-zcd,-zce,-zcf,-zcmop,-zcmp,-zcmt,-zdinx,-zfa,-zfbfmin,-zfh,-zfhmin,-zfinx,-zhinx,-zhinxmin,-zic64b,-zicbom,-zicbop,-zicboz,-ziccamoa,-ziccif,-zicclsm,-ziccrse,-zicntr,-zicond,-zicsr,-zifencei,-zihintntl,-zihintpause,-zihpm,-zimop,-zk,-zkn,-zknd,-zkne,-zknh,-zkr,-zks,-zksed,-zksh,-zkt,-ztso,-zvbb,-zvbc,-zve32f,-zve32x,-zve64d,-zve64f,-zve64x,-zvfbfmin,-zvfbfwma,-zvfh,-zvfhmin,-zvkb,-zvkg,-zvkn,-zvknc,-zvkned,-zvkng,-zvknha,-zvknhb,-zvks,-zvksc,-zvksed,-zvksg,-zvksh,-zvkt,-zvl1024b,-zvl128b,-zvl16384b,-zvl2048b,-zvl256b,-zvl32768b,-zvl32b,-zvl4096b,-zvl512b,-zvl64b,-zvl65536b,-zvl8192b" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !4, !5}
!llvm.ident = !{!6}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"target-abi", !"ilp32"}
!2 = !{i32 6, !"riscv-isa", !3}
!3 = !{!"rv32i2p1_m2p0_a2p1_c2p0_zmmul1p0"}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{i32 8, !"SmallDataLimit", i32 8}
!6 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.mustprogress"}
!9 = distinct !{!9, !8}
!10 = distinct !{!10, !8}
!11 = distinct !{!11, !8}
!12 = distinct !{!12, !8}
!13 = distinct !{!13, !8}
!14 = distinct !{!14, !8}
!15 = distinct !{!15, !8}
!16 = distinct !{!16, !8}
!17 = distinct !{!17, !8}
!18 = distinct !{!18, !8}
!19 = distinct !{!19, !8}
!20 = distinct !{!20, !8}
!21 = distinct !{!21, !8}
!22 = distinct !{!22, !8}
!23 = distinct !{!23, !8}
!24 = distinct !{!24, !8}
!25 = distinct !{!25, !8}
!26 = distinct !{!26, !8}
!27 = distinct !{!27, !8}
!28 = distinct !{!28, !8}
!29 = distinct !{!29, !8}
!30 = distinct !{!30, !8}
!31 = distinct !{!31, !8}
!32 = distinct !{!32, !8}
