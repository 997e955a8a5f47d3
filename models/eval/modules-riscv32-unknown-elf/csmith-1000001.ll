; ModuleID = 'cs1000001.c'
source_filename = "cs1000001.c"
target datalayout = "e-m:e-p:32:32-i64:64-n32-S128"
target triple = "riscv32-unknown-unknown-elf"

@.str = private unnamed_addr constant [2 x i8] c"1\00", align 1
@g_2 = internal global [7 x i32] [i32 1250716243, i32 1250716243, i32 1250716243, i32 1250716243, i32 1250716243, i32 1250716243, i32 1250716243], align 4
@.str.1 = private unnamed_addr constant [7 x i8] c"g_2[i]\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"index = [%d]\0A\00", align 1
@g_5 = internal global i32 -2002700367, align 4
@.str.3 = private unnamed_addr constant [4 x i8] c"g_5\00", align 1
@g_6 = internal global i32 1, align 4
@.str.4 = private unnamed_addr constant [4 x i8] c"g_6\00", align 1
@g_55 = internal global i32 -864764038, align 4
@.str.5 = private unnamed_addr constant [5 x i8] c"g_55\00", align 1
@g_56 = internal global i32 964419153, align 4
@.str.6 = private unnamed_addr constant [5 x i8] c"g_56\00", align 1
@g_73 = internal global i16 18463, align 2
@.str.7 = private unnamed_addr constant [5 x i8] c"g_73\00", align 1
@g_78 = internal global i32 640706366, align 4
@.str.8 = private unnamed_addr constant [5 x i8] c"g_78\00", align 1
@g_93 = internal global i32 -1032085751, align 4
@.str.9 = private unnamed_addr constant [5 x i8] c"g_93\00", align 1
@g_105 = internal global i64 9, align 8
@.str.10 = private unnamed_addr constant [6 x i8] c"g_105\00", align 1
@g_111 = internal global i16 -3541, align 2
@.str.11 = private unnamed_addr constant [6 x i8] c"g_111\00", align 1
@g_141 = internal global [5 x [4 x [2 x i8]]] [[4 x [2 x i8]] [[2 x i8] c"\91\91", [2 x i8] c"\91\91", [2 x i8] c"\91\91", [2 x i8] c"\91\91"], [4 x [2 x i8]] [[2 x i8] c"\91\91", [2 x i8] c"\91\91", [2 x i8] c"\91\91", [2 x i8] c"\91\91"], [4 x [2 x i8]] [[2 x i8] c"\91\91", [2 x i8] c"\91\91", [2 x i8] c"\91\91", [2 x i8] c"\91\91"], [4 x [2 x i8]] [[2 x i8] c"\91\91", [2 x i8] c"\91\91", [2 x i8] c"\91\91", [2 x i8] c"\91\91"], [4 x [2 x i8]] [[2 x i8] c"\91\91", [2 x i8] c"\91\91", [2 x i8] c"\91\91", [2 x i8] c"\91\91"]], align 1
@.str.12 = private unnamed_addr constant [15 x i8] c"g_141[i][j][k]\00", align 1
@.str.13 = private unnamed_addr constant [22 x i8] c"index = [%d][%d][%d]\0A\00", align 1
@g_142 = internal global i32 1468337156, align 4
@.str.14 = private unnamed_addr constant [6 x i8] c"g_142\00", align 1
@g_143 = internal global i32 415728920, align 4
@.str.15 = private unnamed_addr constant [6 x i8] c"g_143\00", align 1
@g_145 = internal global i16 1, align 2
@.str.16 = private unnamed_addr constant [6 x i8] c"g_145\00", align 1
@g_146 = internal global i32 -1, align 4
@.str.17 = private unnamed_addr constant [6 x i8] c"g_146\00", align 1
@g_149 = internal global i32 -3, align 4
@.str.18 = private unnamed_addr constant [6 x i8] c"g_149\00", align 1
@g_158 = internal constant [8 x i32] [i32 1979215476, i32 1979215476, i32 1979215476, i32 1979215476, i32 1979215476, i32 1979215476, i32 1979215476, i32 1979215476], align 4
@.str.19 = private unnamed_addr constant [9 x i8] c"g_158[i]\00", align 1
@g_200 = internal global i8 -55, align 1
@.str.20 = private unnamed_addr constant [6 x i8] c"g_200\00", align 1
@g_210 = internal global i64 0, align 8
@.str.21 = private unnamed_addr constant [6 x i8] c"g_210\00", align 1
@g_213 = internal global i64 6969502286478610787, align 8
@.str.22 = private unnamed_addr constant [6 x i8] c"g_213\00", align 1
@g_217 = internal global i8 0, align 1
@.str.23 = private unnamed_addr constant [6 x i8] c"g_217\00", align 1
@g_270 = internal global i32 831563363, align 4
@.str.24 = private unnamed_addr constant [6 x i8] c"g_270\00", align 1
@g_287 = internal global i16 29134, align 2
@.str.25 = private unnamed_addr constant [6 x i8] c"g_287\00", align 1
@g_291 = internal global i64 6917319973259785268, align 8
@.str.26 = private unnamed_addr constant [6 x i8] c"g_291\00", align 1
@g_292 = internal global [7 x i16] [i16 13319, i16 13319, i16 13319, i16 13319, i16 13319, i16 13319, i16 13319], align 2
@.str.27 = private unnamed_addr constant [9 x i8] c"g_292[i]\00", align 1
@g_306 = internal global [5 x [10 x i16]] [[10 x i16] [i16 -29026, i16 -17115, i16 24264, i16 -17115, i16 -29026, i16 -1, i16 -1, i16 -29026, i16 -17115, i16 24264], [10 x i16] [i16 25441, i16 25441, i16 24264, i16 -29026, i16 0, i16 -29026, i16 24264, i16 25441, i16 25441, i16 24264], [10 x i16] [i16 -17115, i16 -29026, i16 -1, i16 -1, i16 -29026, i16 -17115, i16 24264, i16 -17115, i16 -29026, i16 -1], [10 x i16] [i16 -21830, i16 25441, i16 -21830, i16 -1, i16 24264, i16 24264, i16 -1, i16 -21830, i16 25441, i16 -21830], [10 x i16] [i16 -21830, i16 -17115, i16 25441, i16 -29026, i16 25441, i16 -17115, i16 -21830, i16 -21830, i16 -17115, i16 25441]], align 2
@.str.28 = private unnamed_addr constant [12 x i8] c"g_306[i][j]\00", align 1
@.str.29 = private unnamed_addr constant [18 x i8] c"index = [%d][%d]\0A\00", align 1
@g_307 = internal global i64 9, align 8
@.str.30 = private unnamed_addr constant [6 x i8] c"g_307\00", align 1
@g_322 = internal global i32 -3, align 4
@.str.31 = private unnamed_addr constant [6 x i8] c"g_322\00", align 1
@g_341 = internal global [6 x [7 x [5 x i16]]] [[7 x [5 x i16]] [[5 x i16] [i16 -2647, i16 -4, i16 -1, i16 13259, i16 4], [5 x i16] [i16 -32030, i16 0, i16 1, i16 -1068, i16 -1], [5 x i16] [i16 5, i16 -31220, i16 -9, i16 13259, i16 10255], [5 x i16] [i16 -18771, i16 -9, i16 2997, i16 4, i16 4], [5 x i16] [i16 -31220, i16 -4, i16 -1068, i16 -32030, i16 -23610], [5 x i16] [i16 5, i16 -9, i16 0, i16 -4, i16 -1], [5 x i16] [i16 -9, i16 13259, i16 -11872, i16 -23610, i16 9733]], [7 x [5 x i16]] [[5 x i16] [i16 1, i16 -2647, i16 -31220, i16 4, i16 9733], [5 x i16] [i16 4, i16 6, i16 -9, i16 -1, i16 -1], [5 x i16] [i16 -17088, i16 -1, i16 18259, i16 6, i16 -23610], [5 x i16] [i16 -8, i16 4, i16 -31776, i16 -31776, i16 4], [5 x i16] [i16 32691, i16 1, i16 1, i16 5, i16 10255], [5 x i16] [i16 0, i16 13259, i16 9228, i16 6, i16 -1], [5 x i16] [i16 4, i16 -492, i16 2411, i16 6, i16 4]], [7 x [5 x i16]] [[5 x i16] [i16 0, i16 4, i16 26926, i16 -4, i16 0], [5 x i16] [i16 32691, i16 -9, i16 -14411, i16 -23610, i16 -2647], [5 x i16] [i16 -8, i16 -18771, i16 2411, i16 1, i16 -17088], [5 x i16] [i16 -17088, i16 0, i16 -13030, i16 -9, i16 1], [5 x i16] [i16 4, i16 -4, i16 8402, i16 4, i16 0], [5 x i16] [i16 1, i16 -4, i16 -31776, i16 10255, i16 4], [5 x i16] [i16 -9, i16 0, i16 1, i16 9733, i16 6]], [7 x [5 x i16]] [[5 x i16] [i16 5, i16 -18771, i16 -5, i16 13259, i16 13259], [5 x i16] [i16 -31220, i16 -9, i16 -31220, i16 26926, i16 4], [5 x i16] [i16 -18771, i16 4, i16 -1068, i16 -9, i16 2411], [5 x i16] [i16 5, i16 -492, i16 -1, i16 -4, i16 32691], [5 x i16] [i16 -5, i16 -1068, i16 -1, i16 -1, i16 0], [5 x i16] [i16 28294, i16 -7, i16 8, i16 1, i16 -1], [5 x i16] [i16 -31220, i16 6, i16 6, i16 -13030, i16 10255]], [7 x [5 x i16]] [[5 x i16] [i16 15178, i16 -13030, i16 -7, i16 5307, i16 -31776], [5 x i16] [i16 2411, i16 -30814, i16 -14411, i16 26926, i16 -30814], [5 x i16] [i16 10255, i16 28294, i16 -2647, i16 26926, i16 -1068], [5 x i16] [i16 24119, i16 -1068, i16 27368, i16 5307, i16 -13030], [5 x i16] [i16 1, i16 -22307, i16 -1, i16 -13030, i16 2997], [5 x i16] [i16 4, i16 1, i16 -18771, i16 1, i16 4], [5 x i16] [i16 8873, i16 -9, i16 2997, i16 -1, i16 28294]], [7 x [5 x i16]] [[5 x i16] [i16 2411, i16 8, i16 -1, i16 1, i16 15178], [5 x i16] [i16 -31704, i16 4, i16 -9, i16 -9, i16 28294], [5 x i16] [i16 2997, i16 1, i16 18259, i16 2997, i16 4], [5 x i16] [i16 28294, i16 18259, i16 -14411, i16 -1068, i16 2997], [5 x i16] [i16 -9, i16 4, i16 -17088, i16 0, i16 -13030], [5 x i16] [i16 -14411, i16 -1, i16 -22307, i16 -11872, i16 -1068], [5 x i16] [i16 -1, i16 -5, i16 8, i16 -31220, i16 -30814]]], align 2
@.str.32 = private unnamed_addr constant [15 x i8] c"g_341[i][j][k]\00", align 1
@g_391 = internal global [5 x [2 x i16]] [[2 x i16] [i16 1, i16 25932], [2 x i16] [i16 32626, i16 32626], [2 x i16] [i16 32626, i16 25932], [2 x i16] [i16 1, i16 3078], [2 x i16] [i16 25932, i16 3078]], align 2
@.str.33 = private unnamed_addr constant [12 x i8] c"g_391[i][j]\00", align 1
@g_442 = internal global i32 -1, align 4
@.str.34 = private unnamed_addr constant [6 x i8] c"g_442\00", align 1
@g_443 = internal global i32 0, align 4
@.str.35 = private unnamed_addr constant [6 x i8] c"g_443\00", align 1
@g_549 = internal global i64 0, align 8
@.str.36 = private unnamed_addr constant [6 x i8] c"g_549\00", align 1
@g_565 = internal global i16 -8, align 2
@.str.37 = private unnamed_addr constant [6 x i8] c"g_565\00", align 1
@g_566 = internal global i32 -6, align 4
@.str.38 = private unnamed_addr constant [6 x i8] c"g_566\00", align 1
@g_567 = internal global [6 x i8] c"dddddd", align 1
@.str.39 = private unnamed_addr constant [9 x i8] c"g_567[i]\00", align 1
@g_634 = internal global i32 -1, align 4
@.str.40 = private unnamed_addr constant [6 x i8] c"g_634\00", align 1
@g_639 = internal global i64 -1, align 8
@.str.41 = private unnamed_addr constant [6 x i8] c"g_639\00", align 1
@g_655 = internal global i32 0, align 4
@.str.42 = private unnamed_addr constant [6 x i8] c"g_655\00", align 1
@g_717 = internal global i32 1709180704, align 4
@.str.43 = private unnamed_addr constant [6 x i8] c"g_717\00", align 1
@g_837 = internal global i16 -10693, align 2
@.str.44 = private unnamed_addr constant [6 x i8] c"g_837\00", align 1
@g_958 = internal global i32 1873402352, align 4
@.str.45 = private unnamed_addr constant [6 x i8] c"g_958\00", align 1
@g_1042 = internal global i64 -2933919990300944904, align 8
@.str.46 = private unnamed_addr constant [7 x i8] c"g_1042\00", align 1
@g_1073 = internal global [1 x [10 x [7 x i8]]] [[10 x [7 x i8]] [[7 x i8] c"\8A\B0\BD\B0\8A\01i", [7 x i8] c"\FE\84\A3\84\FE\03\03", [7 x i8] c"\8A\B0\BD\B0\8A\01i", [7 x i8] c"\FE\84\A3\84\FE\03\03", [7 x i8] c"\8A\B0\BD\B0\8A\01i", [7 x i8] c"\FE\84\A3\84\FE\03\03", [7 x i8] c"\8A\B0\BD\B0\8A\01i", [7 x i8] c"\FE\84\A3\84\FE\03\03", [7 x i8] c"\8A\B0\BD\B0\8A\01i", [7 x i8] c"\FE\84\A3\84\FE\03\03"]], align 1
@.str.47 = private unnamed_addr constant [16 x i8] c"g_1073[i][j][k]\00", align 1
@g_1211 = internal global i64 1879524940800227231, align 8
@.str.48 = private unnamed_addr constant [7 x i8] c"g_1211\00", align 1
@g_1212 = internal global i16 -1, align 2
@.str.49 = private unnamed_addr constant [7 x i8] c"g_1212\00", align 1
@crc32_context = internal global i32 -1, align 4
@crc32_tab = internal global [256 x i32] zeroinitializer, align 4
@__const.func_1.l_998 = private unnamed_addr constant [9 x [8 x i32]] [[8 x i32] [i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285], [8 x i32] [i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285], [8 x i32] [i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285], [8 x i32] [i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285], [8 x i32] [i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285], [8 x i32] [i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285], [8 x i32] [i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285], [8 x i32] [i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285], [8 x i32] [i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285, i32 2087159325, i32 1171353285]], align 4
@__const.func_1.l_1071 = private unnamed_addr constant [5 x [3 x [10 x i32]]] [[3 x [10 x i32]] [[10 x i32] [i32 979548537, i32 6, i32 1541293850, i32 5, i32 0, i32 -5, i32 0, i32 -5, i32 0, i32 5], [10 x i32] [i32 0, i32 979548537, i32 0, i32 0, i32 6, i32 0, i32 0, i32 -1, i32 5, i32 -113431995], [10 x i32] [i32 -113431995, i32 0, i32 6, i32 0, i32 -1, i32 996455063, i32 996455063, i32 -1, i32 0, i32 6]], [3 x [10 x i32]] [[10 x i32] [i32 1541293850, i32 1541293850, i32 0, i32 4, i32 5, i32 979548537, i32 -831718496, i32 -5, i32 -1, i32 686012365], [10 x i32] [i32 996455063, i32 0, i32 1541293850, i32 -2053530299, i32 -831718496, i32 6, i32 -831718496, i32 -831718496, i32 996455063, i32 -5], [10 x i32] [i32 686012365, i32 996455063, i32 1541293850, i32 0, i32 5, i32 0, i32 -705635272, i32 0, i32 0, i32 979548537]], [3 x [10 x i32]] [[10 x i32] [i32 0, i32 -2053530299, i32 -113431995, i32 -5, i32 0, i32 0, i32 -5, i32 -113431995, i32 -2053530299, i32 0], [10 x i32] [i32 686012365, i32 0, i32 0, i32 -113431995, i32 996455063, i32 0, i32 1541293850, i32 -2053530299, i32 -831718496, i32 6], [10 x i32] [i32 -705635272, i32 4, i32 979548537, i32 0, i32 996455063, i32 0, i32 979548537, i32 4, i32 -705635272, i32 0]], [3 x [10 x i32]] [[10 x i32] [i32 996455063, i32 1541293850, i32 0, i32 5, i32 0, i32 -705635272, i32 0, i32 0, i32 979548537, i32 979548537], [10 x i32] [i32 0, i32 -1, i32 -2053530299, i32 5, i32 5, i32 -2053530299, i32 -1, i32 0, i32 -705635272, i32 -5], [10 x i32] [i32 -1, i32 0, i32 6, i32 0, i32 -113431995, i32 979548537, i32 686012365, i32 5, i32 -831718496, i32 5]], [3 x [10 x i32]] [[10 x i32] [i32 0, i32 5, i32 6, i32 -113431995, i32 6, i32 5, i32 0, i32 0, i32 -2053530299, i32 4], [10 x i32] [i32 0, i32 0, i32 -2053530299, i32 -5, i32 686012365, i32 6, i32 0, i32 0, i32 0, i32 0], [10 x i32] [i32 -831718496, i32 0, i32 0, i32 0, i32 0, i32 -831718496, i32 0, i32 4, i32 996455063, i32 6]]], align 4
@g_1051 = internal global [7 x ptr] zeroinitializer, align 4
@__const.func_1.l_1189 = private unnamed_addr constant [10 x i8] c"\01\01\01\01\01\01\01\01\01\01", align 1
@__const.func_1.l_1206 = private unnamed_addr constant [9 x [10 x i16]] [[10 x i16] [i16 20430, i16 -9, i16 -9, i16 20430, i16 17618, i16 1, i16 17618, i16 20430, i16 -9, i16 -9], [10 x i16] [i16 17618, i16 -9, i16 -4868, i16 -25783, i16 -25783, i16 -4868, i16 -9, i16 17618, i16 -9, i16 -4868], [10 x i16] [i16 1, i16 20430, i16 -25783, i16 20430, i16 1, i16 -4868, i16 -4868, i16 1, i16 20430, i16 -25783], [10 x i16] [i16 17618, i16 17618, i16 -25783, i16 1, i16 -4, i16 1, i16 -25783, i16 17618, i16 17618, i16 -25783], [10 x i16] [i16 20430, i16 1, i16 -4868, i16 -4868, i16 1, i16 20430, i16 -25783, i16 20430, i16 1, i16 -4868], [10 x i16] [i16 -9, i16 17618, i16 -9, i16 -4868, i16 -25783, i16 -25783, i16 -4868, i16 -9, i16 17618, i16 -9], [10 x i16] [i16 -9, i16 20430, i16 17618, i16 1, i16 17618, i16 20430, i16 -9, i16 -9, i16 20430, i16 17618], [10 x i16] [i16 20430, i16 -9, i16 -9, i16 20430, i16 17618, i16 1, i16 17618, i16 -9, i16 1, i16 1], [10 x i16] [i16 -4, i16 1, i16 -25783, i16 17618, i16 17618, i16 -25783, i16 1, i16 -4, i16 1, i16 -25783]], align 2
@__const.func_1.l_994 = private unnamed_addr constant [5 x ptr] [ptr @g_143, ptr @g_143, ptr @g_143, ptr @g_143, ptr @g_143], align 4
@__const.func_1.l_1027 = private unnamed_addr constant [2 x [1 x [6 x ptr]]] [[1 x [6 x ptr]] [[6 x ptr] [ptr getelementptr (i8, ptr @g_141, i64 37), ptr getelementptr (i8, ptr @g_141, i64 37), ptr getelementptr (i8, ptr @g_141, i64 37), ptr getelementptr (i8, ptr @g_141, i64 37), ptr getelementptr (i8, ptr @g_141, i64 37), ptr getelementptr (i8, ptr @g_141, i64 37)]], [1 x [6 x ptr]] [[6 x ptr] [ptr getelementptr (i8, ptr @g_141, i64 37), ptr getelementptr (i8, ptr @g_141, i64 37), ptr getelementptr (i8, ptr @g_141, i64 37), ptr getelementptr (i8, ptr @g_141, i64 37), ptr getelementptr (i8, ptr @g_141, i64 37), ptr getelementptr (i8, ptr @g_141, i64 37)]]], align 4
@.str.50 = private unnamed_addr constant [36 x i8] c"...checksum after hashing %s : %lX\0A\00", align 1
@.str.51 = private unnamed_addr constant [15 x i8] c"checksum = %X\0A\00", align 1

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
  store i32 0, ptr %6, align 4
  br label %21

21:                                               ; preds = %36, %19
  %22 = load i32, ptr %6, align 4
  %23 = icmp slt i32 %22, 7
  br i1 %23, label %24, label %39

24:                                               ; preds = %21
  %25 = load i32, ptr %6, align 4
  %26 = getelementptr inbounds [7 x i32], ptr @g_2, i32 0, i32 %25
  %27 = load i32, ptr %26, align 4
  %28 = sext i32 %27 to i64
  %29 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %28, ptr noundef @.str.1, i32 noundef %29)
  %30 = load i32, ptr %9, align 4
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %32, label %35

32:                                               ; preds = %24
  %33 = load i32, ptr %6, align 4
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %33)
  br label %35

35:                                               ; preds = %32, %24
  br label %36

36:                                               ; preds = %35
  %37 = load i32, ptr %6, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %6, align 4
  br label %21, !llvm.loop !7

39:                                               ; preds = %21
  %40 = load volatile i32, ptr @g_5, align 4
  %41 = sext i32 %40 to i64
  %42 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %41, ptr noundef @.str.3, i32 noundef %42)
  %43 = load i32, ptr @g_6, align 4
  %44 = sext i32 %43 to i64
  %45 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %44, ptr noundef @.str.4, i32 noundef %45)
  %46 = load volatile i32, ptr @g_55, align 4
  %47 = sext i32 %46 to i64
  %48 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %47, ptr noundef @.str.5, i32 noundef %48)
  %49 = load i32, ptr @g_56, align 4
  %50 = sext i32 %49 to i64
  %51 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %50, ptr noundef @.str.6, i32 noundef %51)
  %52 = load i16, ptr @g_73, align 2
  %53 = sext i16 %52 to i64
  %54 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %53, ptr noundef @.str.7, i32 noundef %54)
  %55 = load i32, ptr @g_78, align 4
  %56 = zext i32 %55 to i64
  %57 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %56, ptr noundef @.str.8, i32 noundef %57)
  %58 = load i32, ptr @g_93, align 4
  %59 = sext i32 %58 to i64
  %60 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %59, ptr noundef @.str.9, i32 noundef %60)
  %61 = load i64, ptr @g_105, align 8
  %62 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %61, ptr noundef @.str.10, i32 noundef %62)
  %63 = load i16, ptr @g_111, align 2
  %64 = zext i16 %63 to i64
  %65 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %64, ptr noundef @.str.11, i32 noundef %65)
  store i32 0, ptr %6, align 4
  br label %66

66:                                               ; preds = %103, %39
  %67 = load i32, ptr %6, align 4
  %68 = icmp slt i32 %67, 5
  br i1 %68, label %69, label %106

69:                                               ; preds = %66
  store i32 0, ptr %7, align 4
  br label %70

70:                                               ; preds = %99, %69
  %71 = load i32, ptr %7, align 4
  %72 = icmp slt i32 %71, 4
  br i1 %72, label %73, label %102

73:                                               ; preds = %70
  store i32 0, ptr %8, align 4
  br label %74

74:                                               ; preds = %95, %73
  %75 = load i32, ptr %8, align 4
  %76 = icmp slt i32 %75, 2
  br i1 %76, label %77, label %98

77:                                               ; preds = %74
  %78 = load i32, ptr %6, align 4
  %79 = getelementptr inbounds [5 x [4 x [2 x i8]]], ptr @g_141, i32 0, i32 %78
  %80 = load i32, ptr %7, align 4
  %81 = getelementptr inbounds [4 x [2 x i8]], ptr %79, i32 0, i32 %80
  %82 = load i32, ptr %8, align 4
  %83 = getelementptr inbounds [2 x i8], ptr %81, i32 0, i32 %82
  %84 = load i8, ptr %83, align 1
  %85 = zext i8 %84 to i64
  %86 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %85, ptr noundef @.str.12, i32 noundef %86)
  %87 = load i32, ptr %9, align 4
  %88 = icmp ne i32 %87, 0
  br i1 %88, label %89, label %94

89:                                               ; preds = %77
  %90 = load i32, ptr %6, align 4
  %91 = load i32, ptr %7, align 4
  %92 = load i32, ptr %8, align 4
  %93 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %90, i32 noundef %91, i32 noundef %92)
  br label %94

94:                                               ; preds = %89, %77
  br label %95

95:                                               ; preds = %94
  %96 = load i32, ptr %8, align 4
  %97 = add nsw i32 %96, 1
  store i32 %97, ptr %8, align 4
  br label %74, !llvm.loop !9

98:                                               ; preds = %74
  br label %99

99:                                               ; preds = %98
  %100 = load i32, ptr %7, align 4
  %101 = add nsw i32 %100, 1
  store i32 %101, ptr %7, align 4
  br label %70, !llvm.loop !10

102:                                              ; preds = %70
  br label %103

103:                                              ; preds = %102
  %104 = load i32, ptr %6, align 4
  %105 = add nsw i32 %104, 1
  store i32 %105, ptr %6, align 4
  br label %66, !llvm.loop !11

106:                                              ; preds = %66
  %107 = load i32, ptr @g_142, align 4
  %108 = sext i32 %107 to i64
  %109 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %108, ptr noundef @.str.14, i32 noundef %109)
  %110 = load i32, ptr @g_143, align 4
  %111 = sext i32 %110 to i64
  %112 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %111, ptr noundef @.str.15, i32 noundef %112)
  %113 = load i16, ptr @g_145, align 2
  %114 = sext i16 %113 to i64
  %115 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %114, ptr noundef @.str.16, i32 noundef %115)
  %116 = load volatile i32, ptr @g_146, align 4
  %117 = zext i32 %116 to i64
  %118 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %117, ptr noundef @.str.17, i32 noundef %118)
  %119 = load volatile i32, ptr @g_149, align 4
  %120 = zext i32 %119 to i64
  %121 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %120, ptr noundef @.str.18, i32 noundef %121)
  store i32 0, ptr %6, align 4
  br label %122

122:                                              ; preds = %137, %106
  %123 = load i32, ptr %6, align 4
  %124 = icmp slt i32 %123, 8
  br i1 %124, label %125, label %140

125:                                              ; preds = %122
  %126 = load i32, ptr %6, align 4
  %127 = getelementptr inbounds [8 x i32], ptr @g_158, i32 0, i32 %126
  %128 = load i32, ptr %127, align 4
  %129 = zext i32 %128 to i64
  %130 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %129, ptr noundef @.str.19, i32 noundef %130)
  %131 = load i32, ptr %9, align 4
  %132 = icmp ne i32 %131, 0
  br i1 %132, label %133, label %136

133:                                              ; preds = %125
  %134 = load i32, ptr %6, align 4
  %135 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %134)
  br label %136

136:                                              ; preds = %133, %125
  br label %137

137:                                              ; preds = %136
  %138 = load i32, ptr %6, align 4
  %139 = add nsw i32 %138, 1
  store i32 %139, ptr %6, align 4
  br label %122, !llvm.loop !12

140:                                              ; preds = %122
  %141 = load volatile i8, ptr @g_200, align 1
  %142 = sext i8 %141 to i64
  %143 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %142, ptr noundef @.str.20, i32 noundef %143)
  %144 = load i64, ptr @g_210, align 8
  %145 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %144, ptr noundef @.str.21, i32 noundef %145)
  %146 = load i64, ptr @g_213, align 8
  %147 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %146, ptr noundef @.str.22, i32 noundef %147)
  %148 = load i8, ptr @g_217, align 1
  %149 = sext i8 %148 to i64
  %150 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %149, ptr noundef @.str.23, i32 noundef %150)
  %151 = load i32, ptr @g_270, align 4
  %152 = zext i32 %151 to i64
  %153 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %152, ptr noundef @.str.24, i32 noundef %153)
  %154 = load i16, ptr @g_287, align 2
  %155 = sext i16 %154 to i64
  %156 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %155, ptr noundef @.str.25, i32 noundef %156)
  %157 = load i64, ptr @g_291, align 8
  %158 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %157, ptr noundef @.str.26, i32 noundef %158)
  store i32 0, ptr %6, align 4
  br label %159

159:                                              ; preds = %174, %140
  %160 = load i32, ptr %6, align 4
  %161 = icmp slt i32 %160, 7
  br i1 %161, label %162, label %177

162:                                              ; preds = %159
  %163 = load i32, ptr %6, align 4
  %164 = getelementptr inbounds [7 x i16], ptr @g_292, i32 0, i32 %163
  %165 = load i16, ptr %164, align 2
  %166 = zext i16 %165 to i64
  %167 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %166, ptr noundef @.str.27, i32 noundef %167)
  %168 = load i32, ptr %9, align 4
  %169 = icmp ne i32 %168, 0
  br i1 %169, label %170, label %173

170:                                              ; preds = %162
  %171 = load i32, ptr %6, align 4
  %172 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %171)
  br label %173

173:                                              ; preds = %170, %162
  br label %174

174:                                              ; preds = %173
  %175 = load i32, ptr %6, align 4
  %176 = add nsw i32 %175, 1
  store i32 %176, ptr %6, align 4
  br label %159, !llvm.loop !13

177:                                              ; preds = %159
  store i32 0, ptr %6, align 4
  br label %178

178:                                              ; preds = %204, %177
  %179 = load i32, ptr %6, align 4
  %180 = icmp slt i32 %179, 5
  br i1 %180, label %181, label %207

181:                                              ; preds = %178
  store i32 0, ptr %7, align 4
  br label %182

182:                                              ; preds = %200, %181
  %183 = load i32, ptr %7, align 4
  %184 = icmp slt i32 %183, 10
  br i1 %184, label %185, label %203

185:                                              ; preds = %182
  %186 = load i32, ptr %6, align 4
  %187 = getelementptr inbounds [5 x [10 x i16]], ptr @g_306, i32 0, i32 %186
  %188 = load i32, ptr %7, align 4
  %189 = getelementptr inbounds [10 x i16], ptr %187, i32 0, i32 %188
  %190 = load i16, ptr %189, align 2
  %191 = sext i16 %190 to i64
  %192 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %191, ptr noundef @.str.28, i32 noundef %192)
  %193 = load i32, ptr %9, align 4
  %194 = icmp ne i32 %193, 0
  br i1 %194, label %195, label %199

195:                                              ; preds = %185
  %196 = load i32, ptr %6, align 4
  %197 = load i32, ptr %7, align 4
  %198 = call i32 (ptr, ...) @printf(ptr noundef @.str.29, i32 noundef %196, i32 noundef %197)
  br label %199

199:                                              ; preds = %195, %185
  br label %200

200:                                              ; preds = %199
  %201 = load i32, ptr %7, align 4
  %202 = add nsw i32 %201, 1
  store i32 %202, ptr %7, align 4
  br label %182, !llvm.loop !14

203:                                              ; preds = %182
  br label %204

204:                                              ; preds = %203
  %205 = load i32, ptr %6, align 4
  %206 = add nsw i32 %205, 1
  store i32 %206, ptr %6, align 4
  br label %178, !llvm.loop !15

207:                                              ; preds = %178
  %208 = load i64, ptr @g_307, align 8
  %209 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %208, ptr noundef @.str.30, i32 noundef %209)
  %210 = load i32, ptr @g_322, align 4
  %211 = zext i32 %210 to i64
  %212 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %211, ptr noundef @.str.31, i32 noundef %212)
  store i32 0, ptr %6, align 4
  br label %213

213:                                              ; preds = %250, %207
  %214 = load i32, ptr %6, align 4
  %215 = icmp slt i32 %214, 6
  br i1 %215, label %216, label %253

216:                                              ; preds = %213
  store i32 0, ptr %7, align 4
  br label %217

217:                                              ; preds = %246, %216
  %218 = load i32, ptr %7, align 4
  %219 = icmp slt i32 %218, 7
  br i1 %219, label %220, label %249

220:                                              ; preds = %217
  store i32 0, ptr %8, align 4
  br label %221

221:                                              ; preds = %242, %220
  %222 = load i32, ptr %8, align 4
  %223 = icmp slt i32 %222, 5
  br i1 %223, label %224, label %245

224:                                              ; preds = %221
  %225 = load i32, ptr %6, align 4
  %226 = getelementptr inbounds [6 x [7 x [5 x i16]]], ptr @g_341, i32 0, i32 %225
  %227 = load i32, ptr %7, align 4
  %228 = getelementptr inbounds [7 x [5 x i16]], ptr %226, i32 0, i32 %227
  %229 = load i32, ptr %8, align 4
  %230 = getelementptr inbounds [5 x i16], ptr %228, i32 0, i32 %229
  %231 = load i16, ptr %230, align 2
  %232 = zext i16 %231 to i64
  %233 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %232, ptr noundef @.str.32, i32 noundef %233)
  %234 = load i32, ptr %9, align 4
  %235 = icmp ne i32 %234, 0
  br i1 %235, label %236, label %241

236:                                              ; preds = %224
  %237 = load i32, ptr %6, align 4
  %238 = load i32, ptr %7, align 4
  %239 = load i32, ptr %8, align 4
  %240 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %237, i32 noundef %238, i32 noundef %239)
  br label %241

241:                                              ; preds = %236, %224
  br label %242

242:                                              ; preds = %241
  %243 = load i32, ptr %8, align 4
  %244 = add nsw i32 %243, 1
  store i32 %244, ptr %8, align 4
  br label %221, !llvm.loop !16

245:                                              ; preds = %221
  br label %246

246:                                              ; preds = %245
  %247 = load i32, ptr %7, align 4
  %248 = add nsw i32 %247, 1
  store i32 %248, ptr %7, align 4
  br label %217, !llvm.loop !17

249:                                              ; preds = %217
  br label %250

250:                                              ; preds = %249
  %251 = load i32, ptr %6, align 4
  %252 = add nsw i32 %251, 1
  store i32 %252, ptr %6, align 4
  br label %213, !llvm.loop !18

253:                                              ; preds = %213
  store i32 0, ptr %6, align 4
  br label %254

254:                                              ; preds = %280, %253
  %255 = load i32, ptr %6, align 4
  %256 = icmp slt i32 %255, 5
  br i1 %256, label %257, label %283

257:                                              ; preds = %254
  store i32 0, ptr %7, align 4
  br label %258

258:                                              ; preds = %276, %257
  %259 = load i32, ptr %7, align 4
  %260 = icmp slt i32 %259, 2
  br i1 %260, label %261, label %279

261:                                              ; preds = %258
  %262 = load i32, ptr %6, align 4
  %263 = getelementptr inbounds [5 x [2 x i16]], ptr @g_391, i32 0, i32 %262
  %264 = load i32, ptr %7, align 4
  %265 = getelementptr inbounds [2 x i16], ptr %263, i32 0, i32 %264
  %266 = load i16, ptr %265, align 2
  %267 = zext i16 %266 to i64
  %268 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %267, ptr noundef @.str.33, i32 noundef %268)
  %269 = load i32, ptr %9, align 4
  %270 = icmp ne i32 %269, 0
  br i1 %270, label %271, label %275

271:                                              ; preds = %261
  %272 = load i32, ptr %6, align 4
  %273 = load i32, ptr %7, align 4
  %274 = call i32 (ptr, ...) @printf(ptr noundef @.str.29, i32 noundef %272, i32 noundef %273)
  br label %275

275:                                              ; preds = %271, %261
  br label %276

276:                                              ; preds = %275
  %277 = load i32, ptr %7, align 4
  %278 = add nsw i32 %277, 1
  store i32 %278, ptr %7, align 4
  br label %258, !llvm.loop !19

279:                                              ; preds = %258
  br label %280

280:                                              ; preds = %279
  %281 = load i32, ptr %6, align 4
  %282 = add nsw i32 %281, 1
  store i32 %282, ptr %6, align 4
  br label %254, !llvm.loop !20

283:                                              ; preds = %254
  %284 = load i32, ptr @g_442, align 4
  %285 = sext i32 %284 to i64
  %286 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %285, ptr noundef @.str.34, i32 noundef %286)
  %287 = load volatile i32, ptr @g_443, align 4
  %288 = zext i32 %287 to i64
  %289 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %288, ptr noundef @.str.35, i32 noundef %289)
  %290 = load i64, ptr @g_549, align 8
  %291 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %290, ptr noundef @.str.36, i32 noundef %291)
  %292 = load i16, ptr @g_565, align 2
  %293 = sext i16 %292 to i64
  %294 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %293, ptr noundef @.str.37, i32 noundef %294)
  %295 = load volatile i32, ptr @g_566, align 4
  %296 = sext i32 %295 to i64
  %297 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %296, ptr noundef @.str.38, i32 noundef %297)
  store i32 0, ptr %6, align 4
  br label %298

298:                                              ; preds = %313, %283
  %299 = load i32, ptr %6, align 4
  %300 = icmp slt i32 %299, 6
  br i1 %300, label %301, label %316

301:                                              ; preds = %298
  %302 = load i32, ptr %6, align 4
  %303 = getelementptr inbounds [6 x i8], ptr @g_567, i32 0, i32 %302
  %304 = load i8, ptr %303, align 1
  %305 = zext i8 %304 to i64
  %306 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %305, ptr noundef @.str.39, i32 noundef %306)
  %307 = load i32, ptr %9, align 4
  %308 = icmp ne i32 %307, 0
  br i1 %308, label %309, label %312

309:                                              ; preds = %301
  %310 = load i32, ptr %6, align 4
  %311 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %310)
  br label %312

312:                                              ; preds = %309, %301
  br label %313

313:                                              ; preds = %312
  %314 = load i32, ptr %6, align 4
  %315 = add nsw i32 %314, 1
  store i32 %315, ptr %6, align 4
  br label %298, !llvm.loop !21

316:                                              ; preds = %298
  %317 = load i32, ptr @g_634, align 4
  %318 = sext i32 %317 to i64
  %319 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %318, ptr noundef @.str.40, i32 noundef %319)
  %320 = load i64, ptr @g_639, align 8
  %321 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %320, ptr noundef @.str.41, i32 noundef %321)
  %322 = load i32, ptr @g_655, align 4
  %323 = sext i32 %322 to i64
  %324 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %323, ptr noundef @.str.42, i32 noundef %324)
  %325 = load i32, ptr @g_717, align 4
  %326 = zext i32 %325 to i64
  %327 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %326, ptr noundef @.str.43, i32 noundef %327)
  %328 = load i16, ptr @g_837, align 2
  %329 = sext i16 %328 to i64
  %330 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %329, ptr noundef @.str.44, i32 noundef %330)
  %331 = load i32, ptr @g_958, align 4
  %332 = zext i32 %331 to i64
  %333 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %332, ptr noundef @.str.45, i32 noundef %333)
  %334 = load i64, ptr @g_1042, align 8
  %335 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %334, ptr noundef @.str.46, i32 noundef %335)
  store i32 0, ptr %6, align 4
  br label %336

336:                                              ; preds = %373, %316
  %337 = load i32, ptr %6, align 4
  %338 = icmp slt i32 %337, 1
  br i1 %338, label %339, label %376

339:                                              ; preds = %336
  store i32 0, ptr %7, align 4
  br label %340

340:                                              ; preds = %369, %339
  %341 = load i32, ptr %7, align 4
  %342 = icmp slt i32 %341, 10
  br i1 %342, label %343, label %372

343:                                              ; preds = %340
  store i32 0, ptr %8, align 4
  br label %344

344:                                              ; preds = %365, %343
  %345 = load i32, ptr %8, align 4
  %346 = icmp slt i32 %345, 7
  br i1 %346, label %347, label %368

347:                                              ; preds = %344
  %348 = load i32, ptr %6, align 4
  %349 = getelementptr inbounds [1 x [10 x [7 x i8]]], ptr @g_1073, i32 0, i32 %348
  %350 = load i32, ptr %7, align 4
  %351 = getelementptr inbounds [10 x [7 x i8]], ptr %349, i32 0, i32 %350
  %352 = load i32, ptr %8, align 4
  %353 = getelementptr inbounds [7 x i8], ptr %351, i32 0, i32 %352
  %354 = load volatile i8, ptr %353, align 1
  %355 = zext i8 %354 to i64
  %356 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %355, ptr noundef @.str.47, i32 noundef %356)
  %357 = load i32, ptr %9, align 4
  %358 = icmp ne i32 %357, 0
  br i1 %358, label %359, label %364

359:                                              ; preds = %347
  %360 = load i32, ptr %6, align 4
  %361 = load i32, ptr %7, align 4
  %362 = load i32, ptr %8, align 4
  %363 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %360, i32 noundef %361, i32 noundef %362)
  br label %364

364:                                              ; preds = %359, %347
  br label %365

365:                                              ; preds = %364
  %366 = load i32, ptr %8, align 4
  %367 = add nsw i32 %366, 1
  store i32 %367, ptr %8, align 4
  br label %344, !llvm.loop !22

368:                                              ; preds = %344
  br label %369

369:                                              ; preds = %368
  %370 = load i32, ptr %7, align 4
  %371 = add nsw i32 %370, 1
  store i32 %371, ptr %7, align 4
  br label %340, !llvm.loop !23

372:                                              ; preds = %340
  br label %373

373:                                              ; preds = %372
  %374 = load i32, ptr %6, align 4
  %375 = add nsw i32 %374, 1
  store i32 %375, ptr %6, align 4
  br label %336, !llvm.loop !24

376:                                              ; preds = %336
  %377 = load i64, ptr @g_1211, align 8
  %378 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %377, ptr noundef @.str.48, i32 noundef %378)
  %379 = load i16, ptr @g_1212, align 2
  %380 = sext i16 %379 to i64
  %381 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %380, ptr noundef @.str.49, i32 noundef %381)
  %382 = load i32, ptr @crc32_context, align 4
  %383 = xor i32 %382, -1
  %384 = load i32, ptr %9, align 4
  call void @platform_main_end(i32 noundef %383, i32 noundef %384)
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
  br label %10, !llvm.loop !25

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
  br label %5, !llvm.loop !26

35:                                               ; preds = %5
  ret void
}

; Function Attrs: noinline nounwind
define internal i64 @func_1() #0 {
  %1 = alloca i8, align 1
  %2 = alloca ptr, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca [9 x [8 x i32]], align 4
  %9 = alloca i8, align 1
  %10 = alloca [5 x [3 x [10 x i32]]], align 4
  %11 = alloca i64, align 8
  %12 = alloca ptr, align 4
  %13 = alloca [10 x i8], align 1
  %14 = alloca i64, align 8
  %15 = alloca [9 x [10 x i16]], align 2
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca ptr, align 4
  %21 = alloca ptr, align 4
  %22 = alloca ptr, align 4
  %23 = alloca ptr, align 4
  %24 = alloca ptr, align 4
  %25 = alloca ptr, align 4
  %26 = alloca ptr, align 4
  %27 = alloca [5 x ptr], align 4
  %28 = alloca i16, align 2
  %29 = alloca [2 x [1 x [6 x ptr]]], align 4
  %30 = alloca i16, align 2
  %31 = alloca i32, align 4
  %32 = alloca i64, align 8
  %33 = alloca i32, align 4
  %34 = alloca i32, align 4
  %35 = alloca i32, align 4
  %36 = alloca i32, align 4
  store i8 42, ptr %1, align 1
  store ptr @g_6, ptr %2, align 4
  store i32 6, ptr %3, align 4
  store i32 135182631, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i64 3, ptr %6, align 8
  store i32 -7, ptr %7, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %8, ptr align 4 @__const.func_1.l_998, i32 288, i1 false)
  store i8 -89, ptr %9, align 1
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %10, ptr align 4 @__const.func_1.l_1071, i32 600, i1 false)
  store i64 -4344800392530876247, ptr %11, align 8
  store ptr getelementptr inbounds ([7 x ptr], ptr @g_1051, i32 0, i32 4), ptr %12, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %13, ptr align 1 @__const.func_1.l_1189, i32 10, i1 false)
  store i64 0, ptr %14, align 8
  call void @llvm.memcpy.p0.p0.i32(ptr align 2 %15, ptr align 2 @__const.func_1.l_1206, i32 180, i1 false)
  store i32 -1, ptr %16, align 4
  store i32 19, ptr getelementptr inbounds ([7 x i32], ptr @g_2, i32 0, i32 1), align 4
  br label %37

37:                                               ; preds = %41, %0
  %38 = load i32, ptr getelementptr inbounds ([7 x i32], ptr @g_2, i32 0, i32 1), align 4
  %39 = icmp sge i32 %38, -24
  br i1 %39, label %40, label %46

40:                                               ; preds = %37
  store ptr @g_639, ptr %20, align 4
  store ptr getelementptr inbounds ([7 x i32], ptr @g_2, i32 0, i32 1), ptr %21, align 4
  store ptr @g_6, ptr %22, align 4
  store ptr %4, ptr %23, align 4
  store ptr @g_143, ptr %24, align 4
  store ptr @g_6, ptr %25, align 4
  store ptr %4, ptr %26, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %27, ptr align 4 @__const.func_1.l_994, i32 20, i1 false)
  store i16 -1168, ptr %28, align 2
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %29, ptr align 4 @__const.func_1.l_1027, i32 48, i1 false)
  store i16 5, ptr %30, align 2
  store i32 987819204, ptr %31, align 4
  store i64 4348098260951791103, ptr %32, align 8
  store i32 1214136229, ptr %33, align 4
  br label %41

41:                                               ; preds = %40
  %42 = load i32, ptr getelementptr inbounds ([7 x i32], ptr @g_2, i32 0, i32 1), align 4
  %43 = trunc i32 %42 to i16
  %44 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %43, i16 noundef signext 1)
  %45 = sext i16 %44 to i32
  store i32 %45, ptr getelementptr inbounds ([7 x i32], ptr @g_2, i32 0, i32 1), align 4
  br label %37, !llvm.loop !27

46:                                               ; preds = %37
  %47 = load ptr, ptr %2, align 4
  %48 = load i32, ptr %47, align 4
  %49 = sext i32 %48 to i64
  ret i64 %49
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
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str.50, ptr noundef %11, i32 noundef %13)
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
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.51, i32 noundef %5)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #3

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
