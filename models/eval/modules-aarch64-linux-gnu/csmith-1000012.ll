; ModuleID = 'cs1000012.c'
source_filename = "cs1000012.c"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [2 x i8] c"1\00", align 1
@g_7 = internal global i16 -5, align 2
@.str.1 = private unnamed_addr constant [4 x i8] c"g_7\00", align 1
@g_13 = internal global i32 1, align 4
@.str.2 = private unnamed_addr constant [5 x i8] c"g_13\00", align 1
@g_32 = internal global [7 x i8] c"hhhhhhh", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"g_32[i]\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"index = [%d]\0A\00", align 1
@g_39 = internal global i64 -1, align 8
@.str.5 = private unnamed_addr constant [5 x i8] c"g_39\00", align 1
@g_42 = internal global i64 0, align 8
@.str.6 = private unnamed_addr constant [5 x i8] c"g_42\00", align 1
@g_45 = internal global i16 -27929, align 2
@.str.7 = private unnamed_addr constant [5 x i8] c"g_45\00", align 1
@g_70 = internal global [1 x i32] [i32 1], align 4
@.str.8 = private unnamed_addr constant [8 x i8] c"g_70[i]\00", align 1
@g_116 = internal global i16 -3343, align 2
@.str.9 = private unnamed_addr constant [6 x i8] c"g_116\00", align 1
@g_130 = internal global [10 x [8 x [3 x i32]]] [[8 x [3 x i32]] [[3 x i32] [i32 1, i32 1, i32 -1], [3 x i32] [i32 -5, i32 352722222, i32 1989281576], [3 x i32] [i32 -2, i32 -2, i32 1], [3 x i32] [i32 983274237, i32 5, i32 5], [3 x i32] [i32 -1, i32 0, i32 1603281679], [3 x i32] [i32 5, i32 -1265686778, i32 -5], [3 x i32] [i32 0, i32 -1, i32 1603281679], [3 x i32] [i32 1, i32 -451298938, i32 5]], [8 x [3 x i32]] [[3 x i32] [i32 1, i32 1, i32 1], [3 x i32] [i32 6, i32 1712847383, i32 1989281576], [3 x i32] [i32 -413019148, i32 5, i32 -1], [3 x i32] [i32 1712847383, i32 -5, i32 983274237], [3 x i32] [i32 1009305161, i32 -1, i32 1], [3 x i32] [i32 -1265686778, i32 -679121972, i32 -5], [3 x i32] [i32 1, i32 -2, i32 -2], [3 x i32] [i32 0, i32 1010836385, i32 983274237]], [8 x [3 x i32]] [[3 x i32] [i32 -150073618, i32 -1, i32 -1], [3 x i32] [i32 -1, i32 6, i32 5], [3 x i32] [i32 -155643656, i32 1603281679, i32 0], [3 x i32] [i32 1989281576, i32 6, i32 1], [3 x i32] [i32 1009305161, i32 -1, i32 1], [3 x i32] [i32 1010836385, i32 1010836385, i32 6], [3 x i32] [i32 0, i32 -2, i32 -413019148], [3 x i32] [i32 352722222, i32 -679121972, i32 1712847383]], [8 x [3 x i32]] [[3 x i32] [i32 -413019148, i32 -1204921111, i32 1009305161], [3 x i32] [i32 1568588581, i32 352722222, i32 1712847383], [3 x i32] [i32 -1, i32 -9, i32 -413019148], [3 x i32] [i32 6, i32 -1265686778, i32 6], [3 x i32] [i32 0, i32 -1, i32 1], [3 x i32] [i32 1022836884, i32 -1275202852, i32 1], [3 x i32] [i32 -1, i32 1009305161, i32 0], [3 x i32] [i32 5, i32 1, i32 5]], [8 x [3 x i32]] [[3 x i32] [i32 -1, i32 -979271289, i32 -1], [3 x i32] [i32 1022836884, i32 983274237, i32 983274237], [3 x i32] [i32 0, i32 0, i32 -2], [3 x i32] [i32 6, i32 5, i32 -5], [3 x i32] [i32 -1, i32 -150073618, i32 1], [3 x i32] [i32 1568588581, i32 1439305122, i32 1010836385], [3 x i32] [i32 -413019148, i32 -150073618, i32 -1204921111], [3 x i32] [i32 352722222, i32 5, i32 1022836884]], [8 x [3 x i32]] [[3 x i32] [i32 0, i32 0, i32 -150073618], [3 x i32] [i32 1010836385, i32 983274237, i32 1989281576], [3 x i32] [i32 1009305161, i32 -979271289, i32 1], [3 x i32] [i32 1989281576, i32 1, i32 352722222], [3 x i32] [i32 -155643656, i32 1009305161, i32 1], [3 x i32] [i32 -1, i32 -1275202852, i32 1989281576], [3 x i32] [i32 -150073618, i32 -1, i32 -150073618], [3 x i32] [i32 0, i32 -1265686778, i32 1022836884]], [8 x [3 x i32]] [[3 x i32] [i32 1, i32 -9, i32 -1204921111], [3 x i32] [i32 -1265686778, i32 352722222, i32 1010836385], [3 x i32] [i32 -1, i32 -1204921111, i32 1], [3 x i32] [i32 -1265686778, i32 -679121972, i32 -5], [3 x i32] [i32 1, i32 -2, i32 -2], [3 x i32] [i32 0, i32 1010836385, i32 983274237], [3 x i32] [i32 -150073618, i32 -1, i32 -1], [3 x i32] [i32 -1, i32 6, i32 5]], [8 x [3 x i32]] [[3 x i32] [i32 -155643656, i32 1603281679, i32 0], [3 x i32] [i32 1989281576, i32 6, i32 1], [3 x i32] [i32 1009305161, i32 -1, i32 1], [3 x i32] [i32 1010836385, i32 1010836385, i32 6], [3 x i32] [i32 0, i32 -2, i32 -413019148], [3 x i32] [i32 352722222, i32 -679121972, i32 1712847383], [3 x i32] [i32 -413019148, i32 -1204921111, i32 1009305161], [3 x i32] [i32 1568588581, i32 352722222, i32 1712847383]], [8 x [3 x i32]] [[3 x i32] [i32 -1, i32 -9, i32 -413019148], [3 x i32] [i32 6, i32 -1265686778, i32 6], [3 x i32] [i32 0, i32 -1, i32 1], [3 x i32] [i32 1022836884, i32 -1275202852, i32 1], [3 x i32] [i32 -1, i32 1009305161, i32 0], [3 x i32] [i32 5, i32 1, i32 5], [3 x i32] [i32 -1, i32 -979271289, i32 -1], [3 x i32] [i32 1022836884, i32 983274237, i32 983274237]], [8 x [3 x i32]] [[3 x i32] [i32 0, i32 0, i32 -2], [3 x i32] [i32 6, i32 5, i32 -5], [3 x i32] [i32 -1, i32 -150073618, i32 1], [3 x i32] [i32 1568588581, i32 1439305122, i32 1010836385], [3 x i32] [i32 -413019148, i32 0, i32 -1], [3 x i32] [i32 5, i32 983274237, i32 6], [3 x i32] [i32 -155643656, i32 -155643656, i32 0], [3 x i32] [i32 1568588581, i32 1010836385, i32 1022836884]]], align 4
@.str.10 = private unnamed_addr constant [15 x i8] c"g_130[i][j][k]\00", align 1
@.str.11 = private unnamed_addr constant [22 x i8] c"index = [%d][%d][%d]\0A\00", align 1
@g_147 = internal global i32 -1, align 4
@.str.12 = private unnamed_addr constant [6 x i8] c"g_147\00", align 1
@g_155 = internal global i8 0, align 1
@.str.13 = private unnamed_addr constant [6 x i8] c"g_155\00", align 1
@g_167 = internal global i16 6021, align 2
@.str.14 = private unnamed_addr constant [6 x i8] c"g_167\00", align 1
@g_186 = internal global i64 2697678301571782020, align 8
@.str.15 = private unnamed_addr constant [6 x i8] c"g_186\00", align 1
@g_228 = internal global i64 1, align 8
@.str.16 = private unnamed_addr constant [6 x i8] c"g_228\00", align 1
@g_229 = internal global [5 x [5 x i32]] [[5 x i32] [i32 2082555685, i32 0, i32 2082555685, i32 1, i32 -690289427], [5 x i32] [i32 569481674, i32 -1, i32 -690289427, i32 -1, i32 569481674], [5 x i32] [i32 2082555685, i32 -1, i32 0, i32 569481674, i32 0], [5 x i32] [i32 0, i32 0, i32 -690289427, i32 569481674, i32 1531894670], [5 x i32] [i32 -1, i32 2082555685, i32 2082555685, i32 -1, i32 0]], align 4
@.str.17 = private unnamed_addr constant [12 x i8] c"g_229[i][j]\00", align 1
@.str.18 = private unnamed_addr constant [18 x i8] c"index = [%d][%d]\0A\00", align 1
@g_259 = internal global i16 9, align 2
@.str.19 = private unnamed_addr constant [6 x i8] c"g_259\00", align 1
@g_280 = internal global [1 x [10 x [8 x i64]]] [[10 x [8 x i64]] [[8 x i64] [i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1], [8 x i64] [i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1], [8 x i64] [i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1], [8 x i64] [i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1], [8 x i64] [i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1], [8 x i64] [i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1], [8 x i64] [i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1], [8 x i64] [i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1], [8 x i64] [i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1], [8 x i64] [i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1]]], align 8
@.str.20 = private unnamed_addr constant [15 x i8] c"g_280[i][j][k]\00", align 1
@g_310 = internal global i32 -1452649024, align 4
@.str.21 = private unnamed_addr constant [6 x i8] c"g_310\00", align 1
@g_338 = internal global i64 -1, align 8
@.str.22 = private unnamed_addr constant [6 x i8] c"g_338\00", align 1
@g_341 = internal global i32 2136345413, align 4
@.str.23 = private unnamed_addr constant [6 x i8] c"g_341\00", align 1
@g_373 = internal global [10 x [1 x i32]] [[1 x i32] [i32 -1798388753], [1 x i32] [i32 -1798388753], [1 x i32] [i32 -1798388753], [1 x i32] [i32 -1798388753], [1 x i32] [i32 -1798388753], [1 x i32] [i32 -1798388753], [1 x i32] [i32 -1798388753], [1 x i32] [i32 -1798388753], [1 x i32] [i32 -1798388753], [1 x i32] [i32 -1798388753]], align 4
@.str.24 = private unnamed_addr constant [12 x i8] c"g_373[i][j]\00", align 1
@g_498 = internal global i8 -7, align 1
@.str.25 = private unnamed_addr constant [6 x i8] c"g_498\00", align 1
@g_509 = internal global [1 x i32] [i32 3], align 4
@.str.26 = private unnamed_addr constant [9 x i8] c"g_509[i]\00", align 1
@g_629 = internal global i32 -2133974220, align 4
@.str.27 = private unnamed_addr constant [6 x i8] c"g_629\00", align 1
@g_671 = internal global i32 -1328206295, align 4
@.str.28 = private unnamed_addr constant [6 x i8] c"g_671\00", align 1
@g_714 = internal global i32 1, align 4
@.str.29 = private unnamed_addr constant [6 x i8] c"g_714\00", align 1
@g_821 = internal global i8 -6, align 1
@.str.30 = private unnamed_addr constant [6 x i8] c"g_821\00", align 1
@g_824 = internal global i32 -136255177, align 4
@.str.31 = private unnamed_addr constant [6 x i8] c"g_824\00", align 1
@g_835 = internal global i32 -8, align 4
@.str.32 = private unnamed_addr constant [6 x i8] c"g_835\00", align 1
@g_948 = internal global [8 x [5 x i16]] [[5 x i16] [i16 -6, i16 -8, i16 -20865, i16 -8, i16 -6], [5 x i16] [i16 -6, i16 -8, i16 -20865, i16 -8, i16 -6], [5 x i16] [i16 -6, i16 -8, i16 -20865, i16 -8, i16 -6], [5 x i16] [i16 -6, i16 -8, i16 -20865, i16 -8, i16 -6], [5 x i16] [i16 -6, i16 -8, i16 -20865, i16 -8, i16 -6], [5 x i16] [i16 -6, i16 -8, i16 -20865, i16 -8, i16 -6], [5 x i16] [i16 -6, i16 -8, i16 -20865, i16 -8, i16 -6], [5 x i16] [i16 -6, i16 -8, i16 -20865, i16 -8, i16 -6]], align 2
@.str.33 = private unnamed_addr constant [12 x i8] c"g_948[i][j]\00", align 1
@g_1007 = internal global i8 2, align 1
@.str.34 = private unnamed_addr constant [7 x i8] c"g_1007\00", align 1
@g_1329 = internal global i16 -1, align 2
@.str.35 = private unnamed_addr constant [7 x i8] c"g_1329\00", align 1
@g_1413 = internal global i32 1, align 4
@.str.36 = private unnamed_addr constant [7 x i8] c"g_1413\00", align 1
@g_1420 = internal global i32 -878644821, align 4
@.str.37 = private unnamed_addr constant [7 x i8] c"g_1420\00", align 1
@.str.38 = private unnamed_addr constant [7 x i8] c"g_1439\00", align 1
@g_1517 = internal global i16 0, align 2
@.str.39 = private unnamed_addr constant [7 x i8] c"g_1517\00", align 1
@g_1561 = internal global i8 0, align 1
@.str.40 = private unnamed_addr constant [7 x i8] c"g_1561\00", align 1
@g_1737 = internal global i16 5338, align 2
@.str.41 = private unnamed_addr constant [7 x i8] c"g_1737\00", align 1
@g_1743 = internal global i32 8, align 4
@.str.42 = private unnamed_addr constant [7 x i8] c"g_1743\00", align 1
@g_1786 = internal global i64 1, align 8
@.str.43 = private unnamed_addr constant [7 x i8] c"g_1786\00", align 1
@g_1811 = internal global i8 5, align 1
@.str.44 = private unnamed_addr constant [7 x i8] c"g_1811\00", align 1
@g_2007 = internal global [4 x [2 x [2 x i16]]] [[2 x [2 x i16]] [[2 x i16] [i16 -4, i16 32039], [2 x i16] [i16 -4, i16 32039]], [2 x [2 x i16]] [[2 x i16] [i16 -4, i16 32039], [2 x i16] [i16 -4, i16 32039]], [2 x [2 x i16]] [[2 x i16] [i16 -4, i16 32039], [2 x i16] [i16 -4, i16 32039]], [2 x [2 x i16]] [[2 x i16] [i16 -4, i16 32039], [2 x i16] [i16 -4, i16 32039]]], align 2
@.str.45 = private unnamed_addr constant [16 x i8] c"g_2007[i][j][k]\00", align 1
@g_2008 = internal global i64 4476635478643033849, align 8
@.str.46 = private unnamed_addr constant [7 x i8] c"g_2008\00", align 1
@g_2120 = internal global i64 378124928106571867, align 8
@.str.47 = private unnamed_addr constant [7 x i8] c"g_2120\00", align 1
@g_2160 = internal global i16 -4, align 2
@.str.48 = private unnamed_addr constant [7 x i8] c"g_2160\00", align 1
@g_2182 = internal global i64 4956866446088314211, align 8
@.str.49 = private unnamed_addr constant [7 x i8] c"g_2182\00", align 1
@g_2230 = internal global i32 1, align 4
@.str.50 = private unnamed_addr constant [7 x i8] c"g_2230\00", align 1
@g_2232 = internal global [10 x i64] zeroinitializer, align 8
@.str.51 = private unnamed_addr constant [10 x i8] c"g_2232[i]\00", align 1
@g_2388 = internal global [9 x [9 x [3 x i32]]] [[9 x [3 x i32]] [[3 x i32] [i32 8, i32 0, i32 3], [3 x i32] [i32 -846715724, i32 -462019754, i32 -1], [3 x i32] [i32 0, i32 0, i32 -462019754], [3 x i32] [i32 414590245, i32 -506468210, i32 724236195], [3 x i32] [i32 414590245, i32 724236195, i32 -506468210], [3 x i32] [i32 -462019754, i32 -8, i32 3], [3 x i32] [i32 -506468210, i32 8, i32 -506468210], [3 x i32] [i32 6, i32 347524901, i32 -1], [3 x i32] [i32 -846715724, i32 347524901, i32 414590245]], [9 x [3 x i32]] [[3 x i32] [i32 -8, i32 8, i32 -1410285310], [3 x i32] [i32 0, i32 -8, i32 -8], [3 x i32] [i32 -8, i32 724236195, i32 -462019754], [3 x i32] [i32 -846715724, i32 3, i32 -462019754], [3 x i32] [i32 6, i32 -462019754, i32 -8], [3 x i32] [i32 -506468210, i32 414590245, i32 -1410285310], [3 x i32] [i32 -462019754, i32 -462019754, i32 414590245], [3 x i32] [i32 8, i32 3, i32 -1], [3 x i32] [i32 8, i32 724236195, i32 -506468210]], [9 x [3 x i32]] [[3 x i32] [i32 -462019754, i32 -8, i32 3], [3 x i32] [i32 -506468210, i32 8, i32 -506468210], [3 x i32] [i32 6, i32 347524901, i32 -1], [3 x i32] [i32 -846715724, i32 347524901, i32 414590245], [3 x i32] [i32 -8, i32 8, i32 -1410285310], [3 x i32] [i32 0, i32 -8, i32 -8], [3 x i32] [i32 -8, i32 724236195, i32 -462019754], [3 x i32] [i32 -846715724, i32 3, i32 -462019754], [3 x i32] [i32 6, i32 -462019754, i32 -8]], [9 x [3 x i32]] [[3 x i32] [i32 -506468210, i32 414590245, i32 -1410285310], [3 x i32] [i32 -462019754, i32 -462019754, i32 414590245], [3 x i32] [i32 8, i32 3, i32 -1], [3 x i32] [i32 8, i32 724236195, i32 -506468210], [3 x i32] [i32 -462019754, i32 -8, i32 3], [3 x i32] [i32 -506468210, i32 8, i32 -506468210], [3 x i32] [i32 6, i32 347524901, i32 -1], [3 x i32] [i32 -846715724, i32 347524901, i32 414590245], [3 x i32] [i32 -8, i32 8, i32 -1410285310]], [9 x [3 x i32]] [[3 x i32] [i32 0, i32 -8, i32 -8], [3 x i32] [i32 -8, i32 724236195, i32 -462019754], [3 x i32] [i32 -846715724, i32 3, i32 -462019754], [3 x i32] [i32 6, i32 -462019754, i32 -8], [3 x i32] [i32 -506468210, i32 414590245, i32 -1410285310], [3 x i32] [i32 -462019754, i32 -462019754, i32 414590245], [3 x i32] [i32 8, i32 3, i32 -1], [3 x i32] [i32 8, i32 724236195, i32 -506468210], [3 x i32] [i32 -462019754, i32 -8, i32 3]], [9 x [3 x i32]] [[3 x i32] [i32 -506468210, i32 8, i32 -506468210], [3 x i32] [i32 6, i32 347524901, i32 -1], [3 x i32] [i32 -846715724, i32 347524901, i32 414590245], [3 x i32] [i32 -8, i32 8, i32 -1410285310], [3 x i32] [i32 0, i32 -8, i32 -8], [3 x i32] [i32 -8, i32 724236195, i32 -462019754], [3 x i32] [i32 -846715724, i32 3, i32 -462019754], [3 x i32] [i32 6, i32 -462019754, i32 -8], [3 x i32] [i32 -506468210, i32 414590245, i32 -1410285310]], [9 x [3 x i32]] [[3 x i32] [i32 -462019754, i32 -462019754, i32 414590245], [3 x i32] [i32 8, i32 3, i32 -1], [3 x i32] [i32 8, i32 724236195, i32 -506468210], [3 x i32] [i32 -462019754, i32 -8, i32 3], [3 x i32] [i32 -506468210, i32 8, i32 -506468210], [3 x i32] [i32 6, i32 347524901, i32 -1], [3 x i32] [i32 -846715724, i32 347524901, i32 414590245], [3 x i32] [i32 -8, i32 8, i32 -1410285310], [3 x i32] [i32 0, i32 -8, i32 -8]], [9 x [3 x i32]] [[3 x i32] [i32 -8, i32 724236195, i32 -462019754], [3 x i32] [i32 -846715724, i32 3, i32 -462019754], [3 x i32] [i32 6, i32 -462019754, i32 -8], [3 x i32] [i32 -506468210, i32 414590245, i32 -1410285310], [3 x i32] [i32 -462019754, i32 -462019754, i32 8], [3 x i32] [i32 6, i32 -8, i32 -1410285310], [3 x i32] [i32 6, i32 -1, i32 3], [3 x i32] [i32 414590245, i32 0, i32 -8], [3 x i32] [i32 3, i32 6, i32 3]], [9 x [3 x i32]] [[3 x i32] [i32 347524901, i32 724236195, i32 -1410285310], [3 x i32] [i32 -506468210, i32 724236195, i32 8], [3 x i32] [i32 0, i32 6, i32 -846715724], [3 x i32] [i32 -462019754, i32 0, i32 0], [3 x i32] [i32 0, i32 -1, i32 414590245], [3 x i32] [i32 -506468210, i32 -8, i32 414590245], [3 x i32] [i32 347524901, i32 414590245, i32 0], [3 x i32] [i32 3, i32 8, i32 -846715724], [3 x i32] [i32 414590245, i32 414590245, i32 8]]], align 4
@.str.52 = private unnamed_addr constant [16 x i8] c"g_2388[i][j][k]\00", align 1
@g_2510 = internal global i32 821732569, align 4
@.str.53 = private unnamed_addr constant [7 x i8] c"g_2510\00", align 1
@g_2740 = internal global i32 -745680260, align 4
@.str.54 = private unnamed_addr constant [7 x i8] c"g_2740\00", align 1
@g_2758 = internal global i16 -17860, align 2
@.str.55 = private unnamed_addr constant [7 x i8] c"g_2758\00", align 1
@g_2853 = internal global i64 -4253158192291917593, align 8
@.str.56 = private unnamed_addr constant [7 x i8] c"g_2853\00", align 1
@g_3052 = internal global i16 -25074, align 2
@.str.57 = private unnamed_addr constant [7 x i8] c"g_3052\00", align 1
@g_3092 = internal global i8 -53, align 1
@.str.58 = private unnamed_addr constant [7 x i8] c"g_3092\00", align 1
@g_3145 = internal global [7 x [3 x i32]] [[3 x i32] [i32 0, i32 -1, i32 -787059633], [3 x i32] [i32 0, i32 -439015056, i32 0], [3 x i32] [i32 0, i32 1, i32 1324171322], [3 x i32] [i32 0, i32 -1, i32 -787059633], [3 x i32] [i32 0, i32 -439015056, i32 0], [3 x i32] [i32 0, i32 1, i32 1324171322], [3 x i32] [i32 0, i32 -1, i32 -787059633]], align 4
@.str.59 = private unnamed_addr constant [13 x i8] c"g_3145[i][j]\00", align 1
@g_3151 = internal global [3 x [8 x i32]] [[8 x i32] [i32 969721655, i32 -1697776688, i32 969721655, i32 -1, i32 1, i32 -1, i32 969721655, i32 -1697776688], [8 x i32] [i32 1, i32 -1, i32 969721655, i32 -1697776688, i32 969721655, i32 -1, i32 1, i32 -1], [8 x i32] [i32 1, i32 -1697776688, i32 386322615, i32 -1697776688, i32 1, i32 -705707764, i32 1, i32 -1697776688]], align 4
@.str.60 = private unnamed_addr constant [13 x i8] c"g_3151[i][j]\00", align 1
@g_3153 = internal global [2 x i32] [i32 1, i32 1], align 4
@.str.61 = private unnamed_addr constant [10 x i8] c"g_3153[i]\00", align 1
@g_3155 = internal global i32 -276415689, align 4
@.str.62 = private unnamed_addr constant [7 x i8] c"g_3155\00", align 1
@g_3157 = internal global i32 2, align 4
@.str.63 = private unnamed_addr constant [7 x i8] c"g_3157\00", align 1
@g_3159 = internal global [5 x [10 x i32]] [[10 x i32] [i32 1, i32 2, i32 1641517342, i32 -1, i32 1641517342, i32 2, i32 1, i32 2, i32 1641517342, i32 -1], [10 x i32] [i32 1641517342, i32 -1, i32 1641517342, i32 2, i32 1, i32 2, i32 1641517342, i32 -1, i32 1641517342, i32 2], [10 x i32] [i32 1, i32 -1, i32 0, i32 -1, i32 1, i32 7, i32 1, i32 -1, i32 0, i32 -1], [10 x i32] [i32 1, i32 2, i32 1641517342, i32 -1, i32 1641517342, i32 2, i32 1, i32 2, i32 1641517342, i32 -1], [10 x i32] [i32 1641517342, i32 -1, i32 1641517342, i32 2, i32 1, i32 2, i32 1641517342, i32 -1, i32 1641517342, i32 2]], align 4
@.str.64 = private unnamed_addr constant [13 x i8] c"g_3159[i][j]\00", align 1
@g_3161 = internal global i32 -1, align 4
@.str.65 = private unnamed_addr constant [7 x i8] c"g_3161\00", align 1
@g_3163 = internal global i32 662380923, align 4
@.str.66 = private unnamed_addr constant [7 x i8] c"g_3163\00", align 1
@g_3165 = internal global i32 -1598680103, align 4
@.str.67 = private unnamed_addr constant [7 x i8] c"g_3165\00", align 1
@g_3167 = internal global [2 x i32] [i32 1485163244, i32 1485163244], align 4
@.str.68 = private unnamed_addr constant [10 x i8] c"g_3167[i]\00", align 1
@g_3168 = internal global i32 1136538837, align 4
@.str.69 = private unnamed_addr constant [7 x i8] c"g_3168\00", align 1
@g_3169 = internal global i32 642286461, align 4
@.str.70 = private unnamed_addr constant [7 x i8] c"g_3169\00", align 1
@g_3170 = internal global [5 x i32] [i32 -1421061283, i32 -1421061283, i32 -1421061283, i32 -1421061283, i32 -1421061283], align 4
@.str.71 = private unnamed_addr constant [10 x i8] c"g_3170[i]\00", align 1
@g_3171 = internal global [4 x [7 x i32]] [[7 x i32] [i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487], [7 x i32] [i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487], [7 x i32] [i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487], [7 x i32] [i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487]], align 4
@.str.72 = private unnamed_addr constant [13 x i8] c"g_3171[i][j]\00", align 1
@g_3172 = internal global i32 1987063177, align 4
@.str.73 = private unnamed_addr constant [7 x i8] c"g_3172\00", align 1
@g_3173 = internal global i32 3, align 4
@.str.74 = private unnamed_addr constant [7 x i8] c"g_3173\00", align 1
@g_3174 = internal global i32 -1989856210, align 4
@.str.75 = private unnamed_addr constant [7 x i8] c"g_3174\00", align 1
@g_3175 = internal global i32 1711230840, align 4
@.str.76 = private unnamed_addr constant [7 x i8] c"g_3175\00", align 1
@g_3176 = internal global i32 -99181664, align 4
@.str.77 = private unnamed_addr constant [7 x i8] c"g_3176\00", align 1
@g_3177 = internal global i32 1, align 4
@.str.78 = private unnamed_addr constant [7 x i8] c"g_3177\00", align 1
@g_3178 = internal global i32 -1, align 4
@.str.79 = private unnamed_addr constant [7 x i8] c"g_3178\00", align 1
@g_3179 = internal global i32 -7, align 4
@.str.80 = private unnamed_addr constant [7 x i8] c"g_3179\00", align 1
@g_3180 = internal global i32 -1, align 4
@.str.81 = private unnamed_addr constant [7 x i8] c"g_3180\00", align 1
@g_3181 = internal global i32 -6, align 4
@.str.82 = private unnamed_addr constant [7 x i8] c"g_3181\00", align 1
@g_3182 = internal global i32 1152215233, align 4
@.str.83 = private unnamed_addr constant [7 x i8] c"g_3182\00", align 1
@g_3183 = internal global i32 1, align 4
@.str.84 = private unnamed_addr constant [7 x i8] c"g_3183\00", align 1
@g_3184 = internal global [9 x i32] [i32 -7, i32 -7, i32 -7, i32 -7, i32 -7, i32 -7, i32 -7, i32 -7, i32 -7], align 4
@.str.85 = private unnamed_addr constant [10 x i8] c"g_3184[i]\00", align 1
@g_3185 = internal global i32 0, align 4
@.str.86 = private unnamed_addr constant [7 x i8] c"g_3185\00", align 1
@g_3186 = internal global [6 x i32] [i32 1, i32 -309607230, i32 1, i32 1, i32 -309607230, i32 1], align 4
@.str.87 = private unnamed_addr constant [10 x i8] c"g_3186[i]\00", align 1
@g_3187 = internal global i32 0, align 4
@.str.88 = private unnamed_addr constant [7 x i8] c"g_3187\00", align 1
@g_3188 = internal global i32 369697382, align 4
@.str.89 = private unnamed_addr constant [7 x i8] c"g_3188\00", align 1
@g_3189 = internal global [8 x i32] [i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1], align 4
@.str.90 = private unnamed_addr constant [10 x i8] c"g_3189[i]\00", align 1
@g_3190 = internal global i32 0, align 4
@.str.91 = private unnamed_addr constant [7 x i8] c"g_3190\00", align 1
@g_3191 = internal global i32 0, align 4
@.str.92 = private unnamed_addr constant [7 x i8] c"g_3191\00", align 1
@g_3192 = internal global i32 1055272969, align 4
@.str.93 = private unnamed_addr constant [7 x i8] c"g_3192\00", align 1
@g_3193 = internal global [3 x [8 x [10 x i32]]] [[8 x [10 x i32]] [[10 x i32] [i32 1938345509, i32 -582213717, i32 -859505998, i32 1814205532, i32 -7, i32 -808306234, i32 -1, i32 -808306234, i32 -7, i32 1814205532], [10 x i32] [i32 1938345509, i32 -1, i32 1938345509, i32 1648872205, i32 -541588086, i32 1404000996, i32 1894176172, i32 0, i32 -302723978, i32 1], [10 x i32] [i32 1404000996, i32 1894176172, i32 0, i32 -302723978, i32 1, i32 0, i32 -1, i32 0, i32 1814205532, i32 -1793314285], [10 x i32] [i32 -2079904911, i32 1, i32 1938345509, i32 -5, i32 -302723978, i32 -1048363639, i32 -1609311822, i32 -808306234, i32 -1793314285, i32 738336966], [10 x i32] [i32 931980155, i32 1393414198, i32 -859505998, i32 354609389, i32 -302723978, i32 1938345509, i32 -1589344021, i32 0, i32 70475593, i32 -1793314285], [10 x i32] [i32 -859505998, i32 -1609311822, i32 -1942147256, i32 0, i32 1, i32 7, i32 -582213717, i32 847537461, i32 -541588086, i32 1], [10 x i32] [i32 1, i32 -1609311822, i32 1, i32 70475593, i32 -541588086, i32 -859505998, i32 -1589344021, i32 1404000996, i32 849341587, i32 1814205532], [10 x i32] [i32 -1942147256, i32 1393414198, i32 12685360, i32 0, i32 -7, i32 0, i32 -1609311822, i32 931980155, i32 849341587, i32 1]], [8 x [10 x i32]] [[10 x i32] [i32 0, i32 1, i32 -808306234, i32 70475593, i32 -6, i32 -36588065, i32 -1, i32 12685360, i32 -541588086, i32 -541588086], [10 x i32] [i32 -1436528686, i32 1894176172, i32 -36588065, i32 0, i32 0, i32 -36588065, i32 1894176172, i32 -1436528686, i32 70475593, i32 -302723978], [10 x i32] [i32 0, i32 -1, i32 931980155, i32 354609389, i32 -5, i32 0, i32 -1, i32 -859505998, i32 -1793314285, i32 0], [10 x i32] [i32 -1942147256, i32 -582213717, i32 931980155, i32 -5, i32 -3, i32 -859505998, i32 0, i32 -1436528686, i32 1814205532, i32 1648872205], [10 x i32] [i32 1, i32 1580221232, i32 -36588065, i32 -302723978, i32 849341587, i32 7, i32 -1, i32 12685360, i32 -302723978, i32 1648872205], [10 x i32] [i32 -859505998, i32 -1, i32 -808306234, i32 1648872205, i32 -3, i32 1938345509, i32 1540441166, i32 931980155, i32 -7, i32 0], [10 x i32] [i32 931980155, i32 -1, i32 12685360, i32 1814205532, i32 -5, i32 -1048363639, i32 1540441166, i32 1404000996, i32 0, i32 -302723978], [10 x i32] [i32 -2079904911, i32 -1, i32 1, i32 -3, i32 0, i32 0, i32 -1, i32 847537461, i32 -5, i32 -541588086]], [8 x [10 x i32]] [[10 x i32] [i32 1404000996, i32 1580221232, i32 -1942147256, i32 -3, i32 -6, i32 1404000996, i32 0, i32 0, i32 0, i32 7], [10 x i32] [i32 0, i32 0, i32 -1627286925, i32 1404000996, i32 12685360, i32 1097004208, i32 -1063618302, i32 1097004208, i32 12685360, i32 1404000996], [10 x i32] [i32 0, i32 2, i32 0, i32 -2079904911, i32 -808306234, i32 -1198073472, i32 1125507571, i32 1878712246, i32 931980155, i32 -36588065], [10 x i32] [i32 -1198073472, i32 1125507571, i32 1878712246, i32 931980155, i32 -36588065, i32 1, i32 -1, i32 1878712246, i32 1404000996, i32 847537461], [10 x i32] [i32 5, i32 -1993509516, i32 0, i32 -859505998, i32 931980155, i32 9, i32 0, i32 1097004208, i32 847537461, i32 -1048363639], [10 x i32] [i32 -562865109, i32 517092971, i32 -1627286925, i32 1, i32 931980155, i32 0, i32 272759389, i32 1, i32 0, i32 847537461], [10 x i32] [i32 -1627286925, i32 0, i32 1714974134, i32 -1942147256, i32 -36588065, i32 -1, i32 0, i32 1005281996, i32 -808306234, i32 -36588065], [10 x i32] [i32 89414577, i32 0, i32 -1962905948, i32 0, i32 -808306234, i32 -1627286925, i32 272759389, i32 -1198073472, i32 0, i32 1404000996]]], align 4
@.str.94 = private unnamed_addr constant [16 x i8] c"g_3193[i][j][k]\00", align 1
@g_3194 = internal global i32 1415009159, align 4
@.str.95 = private unnamed_addr constant [7 x i8] c"g_3194\00", align 1
@g_3195 = internal global i32 1, align 4
@.str.96 = private unnamed_addr constant [7 x i8] c"g_3195\00", align 1
@g_3196 = internal global i32 1, align 4
@.str.97 = private unnamed_addr constant [7 x i8] c"g_3196\00", align 1
@g_3197 = internal global i32 -2, align 4
@.str.98 = private unnamed_addr constant [7 x i8] c"g_3197\00", align 1
@g_3200 = internal global [5 x [8 x [2 x i32]]] [[8 x [2 x i32]] [[2 x i32] [i32 -1376281698, i32 -1], [2 x i32] [i32 -6, i32 -1], [2 x i32] [i32 -1, i32 0], [2 x i32] [i32 0, i32 -1495337182], [2 x i32] [i32 -1310203782, i32 9], [2 x i32] [i32 0, i32 1], [2 x i32] [i32 -1, i32 944704188], [2 x i32] [i32 3, i32 944704188]], [8 x [2 x i32]] [[2 x i32] [i32 -1, i32 1], [2 x i32] [i32 0, i32 9], [2 x i32] [i32 -1310203782, i32 -1495337182], [2 x i32] zeroinitializer, [2 x i32] [i32 -1, i32 -1], [2 x i32] [i32 -6, i32 -1], [2 x i32] [i32 -1376281698, i32 1], [2 x i32] [i32 -1495337182, i32 3]], [8 x [2 x i32]] [[2 x i32] [i32 -1641290334, i32 -1376281698], [2 x i32] [i32 5, i32 5], [2 x i32] [i32 1, i32 -1416900403], [2 x i32] [i32 -1, i32 0], [2 x i32] [i32 -1730086048, i32 593810344], [2 x i32] [i32 0, i32 -1730086048], [2 x i32] [i32 -375502670, i32 -117435505], [2 x i32] [i32 -375502670, i32 -1730086048]], [8 x [2 x i32]] [[2 x i32] [i32 0, i32 593810344], [2 x i32] [i32 -1730086048, i32 0], [2 x i32] [i32 -1, i32 -1416900403], [2 x i32] [i32 1, i32 5], [2 x i32] [i32 5, i32 -1376281698], [2 x i32] [i32 -1641290334, i32 3], [2 x i32] [i32 -1495337182, i32 1], [2 x i32] [i32 -1376281698, i32 -1]], [8 x [2 x i32]] [[2 x i32] [i32 -6, i32 -1641290334], [2 x i32] [i32 -671597068, i32 -1310203782], [2 x i32] [i32 1, i32 -1], [2 x i32] [i32 -375502670, i32 -309620674], [2 x i32] zeroinitializer, [2 x i32] [i32 3, i32 -1], [2 x i32] [i32 -3, i32 -1], [2 x i32] [i32 3, i32 0]]], align 4
@.str.99 = private unnamed_addr constant [16 x i8] c"g_3200[i][j][k]\00", align 1
@g_3202 = internal global [2 x [8 x [3 x i32]]] [[8 x [3 x i32]] [[3 x i32] [i32 -545616784, i32 -1, i32 -1], [3 x i32] [i32 1, i32 -1584563069, i32 1], [3 x i32] [i32 -545616784, i32 -545616784, i32 -1], [3 x i32] [i32 1, i32 -1584563069, i32 1], [3 x i32] [i32 -545616784, i32 -1, i32 -1], [3 x i32] [i32 1, i32 -1584563069, i32 1], [3 x i32] [i32 -545616784, i32 -545616784, i32 -1], [3 x i32] [i32 1, i32 -1584563069, i32 1]], [8 x [3 x i32]] [[3 x i32] [i32 -545616784, i32 -1, i32 -1], [3 x i32] [i32 1, i32 -1584563069, i32 1], [3 x i32] [i32 -545616784, i32 -545616784, i32 -1], [3 x i32] [i32 1, i32 -1584563069, i32 1], [3 x i32] [i32 -545616784, i32 -1, i32 -1], [3 x i32] [i32 1, i32 -1584563069, i32 1], [3 x i32] [i32 -545616784, i32 -545616784, i32 -1], [3 x i32] [i32 1, i32 -1584563069, i32 1]]], align 4
@.str.100 = private unnamed_addr constant [16 x i8] c"g_3202[i][j][k]\00", align 1
@g_3315 = internal global i8 0, align 1
@.str.101 = private unnamed_addr constant [7 x i8] c"g_3315\00", align 1
@.str.102 = private unnamed_addr constant [7 x i8] c"g_3348\00", align 1
@g_3353 = internal global i16 -1, align 2
@.str.103 = private unnamed_addr constant [7 x i8] c"g_3353\00", align 1
@.str.104 = private unnamed_addr constant [7 x i8] c"g_3462\00", align 1
@g_3497 = internal global i32 -1, align 4
@.str.105 = private unnamed_addr constant [7 x i8] c"g_3497\00", align 1
@g_3718 = internal global i64 -1061343409827284508, align 8
@.str.106 = private unnamed_addr constant [7 x i8] c"g_3718\00", align 1
@g_3853 = internal global i8 -1, align 1
@.str.107 = private unnamed_addr constant [7 x i8] c"g_3853\00", align 1
@g_3889 = internal global i32 475014991, align 4
@.str.108 = private unnamed_addr constant [7 x i8] c"g_3889\00", align 1
@g_3908 = internal global i32 1, align 4
@.str.109 = private unnamed_addr constant [7 x i8] c"g_3908\00", align 1
@g_3983 = internal global i64 -2887128917356171980, align 8
@.str.110 = private unnamed_addr constant [7 x i8] c"g_3983\00", align 1
@.str.111 = private unnamed_addr constant [7 x i8] c"g_4032\00", align 1
@g_4095 = internal global i64 -9, align 8
@.str.112 = private unnamed_addr constant [7 x i8] c"g_4095\00", align 1
@g_4167 = internal global [10 x i16] [i16 6524, i16 6524, i16 6524, i16 6524, i16 6524, i16 6524, i16 6524, i16 6524, i16 6524, i16 6524], align 2
@.str.113 = private unnamed_addr constant [10 x i8] c"g_4167[i]\00", align 1
@g_4235 = internal global [1 x [5 x i32]] [[5 x i32] [i32 1122715035, i32 1122715035, i32 1122715035, i32 1122715035, i32 1122715035]], align 4
@.str.114 = private unnamed_addr constant [13 x i8] c"g_4235[i][j]\00", align 1
@g_4260 = internal global [8 x i64] [i64 3410340934672302279, i64 3410340934672302279, i64 3410340934672302279, i64 3410340934672302279, i64 3410340934672302279, i64 3410340934672302279, i64 3410340934672302279, i64 3410340934672302279], align 8
@.str.115 = private unnamed_addr constant [10 x i8] c"g_4260[i]\00", align 1
@.str.116 = private unnamed_addr constant [7 x i8] c"g_4447\00", align 1
@g_4480 = internal global i32 -61671805, align 4
@.str.117 = private unnamed_addr constant [7 x i8] c"g_4480\00", align 1
@crc32_context = internal global i32 -1, align 4
@crc32_tab = internal global [256 x i32] zeroinitializer, align 4
@__const.func_1.l_3050 = private unnamed_addr constant [8 x [6 x [3 x i32]]] [[6 x [3 x i32]] [[3 x i32] [i32 5, i32 -1335149066, i32 0], [3 x i32] [i32 1869669912, i32 -738556963, i32 1], [3 x i32] [i32 -1, i32 7, i32 -738556963], [3 x i32] [i32 -640980833, i32 0, i32 -435786515], [3 x i32] [i32 1, i32 -10, i32 7], [3 x i32] [i32 0, i32 -1, i32 -1671765781]], [6 x [3 x i32]] [[3 x i32] [i32 0, i32 -2, i32 -640980833], [3 x i32] [i32 1, i32 0, i32 723678968], [3 x i32] [i32 -640980833, i32 -860514576, i32 9], [3 x i32] [i32 -1, i32 -963874202, i32 -1335149066], [3 x i32] [i32 1869669912, i32 5, i32 -8], [3 x i32] [i32 5, i32 0, i32 1]], [6 x [3 x i32]] [[3 x i32] [i32 1, i32 1, i32 -1050909891], [3 x i32] [i32 -1050909891, i32 7, i32 2095455570], [3 x i32] [i32 -8, i32 0, i32 -6], [3 x i32] [i32 -795708978, i32 -667970585, i32 8], [3 x i32] [i32 -6, i32 -8, i32 -6], [3 x i32] [i32 -963874202, i32 -1, i32 2095455570]], [6 x [3 x i32]] [[3 x i32] [i32 1, i32 569324368, i32 -1050909891], [3 x i32] [i32 1, i32 1, i32 1], [3 x i32] [i32 -245337084, i32 -1, i32 -8], [3 x i32] [i32 -2, i32 1, i32 -1335149066], [3 x i32] [i32 0, i32 -6, i32 9], [3 x i32] [i32 1165297052, i32 -6, i32 723678968]], [6 x [3 x i32]] [[3 x i32] [i32 0, i32 822253, i32 -640980833], [3 x i32] [i32 -2, i32 3, i32 -1671765781], [3 x i32] [i32 -1, i32 3, i32 7], [3 x i32] [i32 9, i32 822253, i32 -435786515], [3 x i32] [i32 591723196, i32 -6, i32 -738556963], [3 x i32] [i32 1780978225, i32 -6, i32 1]], [6 x [3 x i32]] [[3 x i32] [i32 2095455570, i32 1, i32 0], [3 x i32] [i32 -9, i32 -1, i32 2], [3 x i32] [i32 -667970585, i32 1, i32 -667970585], [3 x i32] [i32 1, i32 569324368, i32 -1], [3 x i32] [i32 0, i32 -1, i32 1], [3 x i32] [i32 7, i32 -8, i32 1869669912]], [6 x [3 x i32]] [[3 x i32] [i32 404199199, i32 -667970585, i32 0], [3 x i32] [i32 7, i32 0, i32 3], [3 x i32] [i32 0, i32 7, i32 -245337084], [3 x i32] [i32 1, i32 1, i32 0], [3 x i32] [i32 -667970585, i32 0, i32 1165297052], [3 x i32] [i32 -9, i32 5, i32 -1346625860]], [6 x [3 x i32]] [[3 x i32] [i32 2095455570, i32 -963874202, i32 -860514576], [3 x i32] [i32 1780978225, i32 -860514576, i32 569324368], [3 x i32] [i32 591723196, i32 0, i32 1], [3 x i32] [i32 9, i32 -2, i32 9], [3 x i32] [i32 -1, i32 -1, i32 9], [3 x i32] [i32 -2, i32 -10, i32 1]]], align 4
@g_2465 = internal global [9 x [2 x ptr]] [[2 x ptr] [ptr @g_2466, ptr null], [2 x ptr] [ptr null, ptr @g_2466], [2 x ptr] zeroinitializer, [2 x ptr] [ptr @g_2466, ptr null], [2 x ptr] [ptr null, ptr @g_2466], [2 x ptr] zeroinitializer, [2 x ptr] [ptr @g_2466, ptr null], [2 x ptr] [ptr null, ptr @g_2466], [2 x ptr] zeroinitializer], align 8
@__const.func_1.l_3074 = private unnamed_addr constant [9 x [7 x [2 x ptr]]] [[7 x [2 x ptr]] [[2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)]], [7 x [2 x ptr]] [[2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)]], [7 x [2 x ptr]] [[2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)]], [7 x [2 x ptr]] [[2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)]], [7 x [2 x ptr]] [[2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)]], [7 x [2 x ptr]] [[2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)]], [7 x [2 x ptr]] [[2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)]], [7 x [2 x ptr]] [[2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)]], [7 x [2 x ptr]] [[2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 64), ptr getelementptr (i8, ptr @g_2465, i64 64)]]], align 8
@__const.func_1.l_3075 = private unnamed_addr constant [8 x [4 x [6 x i16]]] [[4 x [6 x i16]] [[6 x i16] [i16 -3, i16 14584, i16 21076, i16 21076, i16 14584, i16 -3], [6 x i16] [i16 0, i16 -1, i16 -7, i16 1, i16 -21904, i16 -5799], [6 x i16] [i16 17558, i16 -1, i16 -13884, i16 -3, i16 -26669, i16 -5384], [6 x i16] [i16 17558, i16 0, i16 -3, i16 1, i16 1, i16 -10478]], [4 x [6 x i16]] [[6 x i16] [i16 0, i16 -21904, i16 5856, i16 21076, i16 -13884, i16 1], [6 x i16] [i16 -3, i16 7, i16 0, i16 -30737, i16 -13369, i16 -1], [6 x i16] [i16 31886, i16 30430, i16 0, i16 4, i16 3, i16 -5799], [6 x i16] [i16 -3, i16 1, i16 -3, i16 -9, i16 -1, i16 4]], [4 x [6 x i16]] [[6 x i16] [i16 -6, i16 -1, i16 1, i16 -13884, i16 1, i16 -11657], [6 x i16] [i16 3198, i16 0, i16 24150, i16 3, i16 24150, i16 0], [6 x i16] [i16 -13884, i16 -14174, i16 -7, i16 -30737, i16 -1, i16 4], [6 x i16] [i16 1, i16 -1, i16 21076, i16 -10, i16 0, i16 1]], [4 x [6 x i16]] [[6 x i16] [i16 1, i16 -1, i16 -3, i16 -32635, i16 -1, i16 17558], [6 x i16] [i16 17558, i16 5, i16 -30737, i16 -24347, i16 4, i16 21076], [6 x i16] [i16 -3, i16 5856, i16 -24347, i16 7, i16 17558, i16 24150], [6 x i16] [i16 -6, i16 2924, i16 -1, i16 -1, i16 0, i16 17558]], [4 x [6 x i16]] [[6 x i16] [i16 -13884, i16 17558, i16 -17518, i16 1, i16 1, i16 -10], [6 x i16] [i16 -30737, i16 -32635, i16 -5384, i16 0, i16 1, i16 -7], [6 x i16] [i16 -1, i16 -5799, i16 0, i16 -5384, i16 -5384, i16 0], [6 x i16] [i16 4, i16 4, i16 -6, i16 14584, i16 17558, i16 -1]], [4 x [6 x i16]] [[6 x i16] [i16 -24347, i16 -21904, i16 3, i16 -14174, i16 1, i16 -6], [6 x i16] [i16 -1, i16 -24347, i16 3, i16 1, i16 4, i16 -1], [6 x i16] [i16 0, i16 1, i16 -6, i16 26122, i16 0, i16 0], [6 x i16] [i16 26122, i16 0, i16 0, i16 -10478, i16 -11657, i16 -7]], [4 x [6 x i16]] [[6 x i16] [i16 -3, i16 30430, i16 -5384, i16 -17518, i16 4, i16 -10], [6 x i16] [i16 4, i16 -21904, i16 -17518, i16 7, i16 -5799, i16 17558], [6 x i16] [i16 5856, i16 -11657, i16 -1, i16 -6, i16 -1, i16 24150], [6 x i16] [i16 0, i16 17558, i16 -24347, i16 21076, i16 1, i16 21076]], [4 x [6 x i16]] [[6 x i16] [i16 -30737, i16 3, i16 -30737, i16 -3, i16 -10478, i16 -7], [6 x i16] [i16 30430, i16 24150, i16 -9, i16 14584, i16 -5384, i16 -13884], [6 x i16] [i16 -11657, i16 2924, i16 -1, i16 14584, i16 -5799, i16 -3], [6 x i16] [i16 30430, i16 -6, i16 3, i16 -3, i16 -3, i16 5856]]], align 2
@__const.func_1.l_3206 = private unnamed_addr constant [10 x [4 x [1 x i32]]] [[4 x [1 x i32]] [[1 x i32] [i32 682842421], [1 x i32] [i32 -1], [1 x i32] [i32 682842421], [1 x i32] [i32 -1]], [4 x [1 x i32]] [[1 x i32] [i32 682842421], [1 x i32] [i32 -1], [1 x i32] [i32 682842421], [1 x i32] [i32 -1]], [4 x [1 x i32]] [[1 x i32] [i32 682842421], [1 x i32] [i32 -1], [1 x i32] [i32 682842421], [1 x i32] [i32 -1]], [4 x [1 x i32]] [[1 x i32] [i32 682842421], [1 x i32] [i32 -1], [1 x i32] [i32 682842421], [1 x i32] [i32 -1]], [4 x [1 x i32]] [[1 x i32] [i32 682842421], [1 x i32] [i32 -1], [1 x i32] [i32 682842421], [1 x i32] [i32 -1]], [4 x [1 x i32]] [[1 x i32] [i32 682842421], [1 x i32] [i32 -1], [1 x i32] [i32 682842421], [1 x i32] [i32 -1]], [4 x [1 x i32]] [[1 x i32] [i32 682842421], [1 x i32] [i32 -1], [1 x i32] [i32 682842421], [1 x i32] [i32 -1]], [4 x [1 x i32]] [[1 x i32] [i32 682842421], [1 x i32] [i32 -1], [1 x i32] [i32 682842421], [1 x i32] [i32 -1]], [4 x [1 x i32]] [[1 x i32] [i32 682842421], [1 x i32] [i32 -1], [1 x i32] [i32 682842421], [1 x i32] [i32 -1]], [4 x [1 x i32]] [[1 x i32] [i32 682842421], [1 x i32] [i32 -1], [1 x i32] [i32 682842421], [1 x i32] [i32 -1]]], align 4
@g_137 = internal global [4 x [6 x ptr]] [[6 x ptr] [ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138], [6 x ptr] [ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138], [6 x ptr] [ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138], [6 x ptr] [ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138]], align 8
@__const.func_1.l_3232 = private unnamed_addr constant [1 x [8 x [2 x ptr]]] [[8 x [2 x ptr]] [[2 x ptr] [ptr getelementptr (i8, ptr @g_137, i64 176), ptr getelementptr (i8, ptr @g_137, i64 176)], [2 x ptr] [ptr getelementptr (i8, ptr @g_137, i64 176), ptr getelementptr (i8, ptr @g_137, i64 176)], [2 x ptr] [ptr getelementptr (i8, ptr @g_137, i64 176), ptr getelementptr (i8, ptr @g_137, i64 176)], [2 x ptr] [ptr getelementptr (i8, ptr @g_137, i64 176), ptr getelementptr (i8, ptr @g_137, i64 176)], [2 x ptr] [ptr getelementptr (i8, ptr @g_137, i64 176), ptr getelementptr (i8, ptr @g_137, i64 176)], [2 x ptr] [ptr getelementptr (i8, ptr @g_137, i64 176), ptr getelementptr (i8, ptr @g_137, i64 176)], [2 x ptr] [ptr getelementptr (i8, ptr @g_137, i64 176), ptr getelementptr (i8, ptr @g_137, i64 176)], [2 x ptr] [ptr getelementptr (i8, ptr @g_137, i64 176), ptr getelementptr (i8, ptr @g_137, i64 176)]]], align 8
@g_2536 = internal global ptr @g_2537, align 8
@g_763 = internal global [8 x ptr] [ptr @g_764, ptr getelementptr (i8, ptr @g_764, i64 8), ptr @g_764, ptr getelementptr (i8, ptr @g_764, i64 8), ptr @g_764, ptr getelementptr (i8, ptr @g_764, i64 8), ptr @g_764, ptr getelementptr (i8, ptr @g_764, i64 8)], align 8
@g_490 = internal global ptr getelementptr (i8, ptr @g_280, i64 384), align 8
@g_2675 = internal global ptr @g_2432, align 8
@g_3972 = internal global ptr getelementptr (i8, ptr @g_3973, i64 40), align 8
@g_3698 = internal global ptr @g_3699, align 8
@__const.func_1.l_4467 = private unnamed_addr constant [3 x [9 x [4 x ptr]]] [[9 x [4 x ptr]] [[4 x ptr] [ptr @g_3698, ptr @g_3698, ptr null, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr null], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr null, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698]], [9 x [4 x ptr]] [[4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr null, ptr @g_3698, ptr @g_3698, ptr null], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr null, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr null], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698]], [9 x [4 x ptr]] [[4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr null, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr null, ptr @g_3698, ptr @g_3698, ptr null], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr null, ptr @g_3698]]], align 8
@__const.func_1.l_4472 = private unnamed_addr constant [8 x [2 x i32]] [[2 x i32] [i32 -359094606, i32 1], [2 x i32] [i32 -359094606, i32 -359094606], [2 x i32] [i32 -359094606, i32 1], [2 x i32] [i32 -359094606, i32 -359094606], [2 x i32] [i32 -359094606, i32 1], [2 x i32] [i32 -359094606, i32 -359094606], [2 x i32] [i32 -359094606, i32 1], [2 x i32] [i32 -359094606, i32 -359094606]], align 4
@g_2286 = internal global ptr getelementptr (i8, ptr @g_370, i64 16), align 8
@g_2466 = internal global ptr null, align 8
@g_138 = internal global ptr @g_70, align 8
@g_2537 = internal global ptr @g_1163, align 8
@g_1163 = internal global ptr getelementptr (i8, ptr @g_1164, i64 144), align 8
@g_1164 = internal global [7 x [1 x [7 x ptr]]] [[1 x [7 x ptr]] [[7 x ptr] [ptr @g_259, ptr getelementptr (i8, ptr @g_948, i64 8), ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 8), ptr @g_259, ptr @g_259, ptr getelementptr (i8, ptr @g_948, i64 8)]], [1 x [7 x ptr]] [[7 x ptr] [ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 72), ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 8), ptr getelementptr (i8, ptr @g_948, i64 8), ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 72)]], [1 x [7 x ptr]] [[7 x ptr] [ptr getelementptr (i8, ptr @g_948, i64 8), ptr getelementptr (i8, ptr @g_948, i64 72), ptr @g_116, ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 72), ptr getelementptr (i8, ptr @g_948, i64 8), ptr getelementptr (i8, ptr @g_948, i64 72)]], [1 x [7 x ptr]] [[7 x ptr] [ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 8), ptr getelementptr (i8, ptr @g_948, i64 8), ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 72), ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 8)]], [1 x [7 x ptr]] [[7 x ptr] [ptr @g_259, ptr @g_259, ptr getelementptr (i8, ptr @g_948, i64 8), ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 8), ptr @g_259, ptr @g_259]], [1 x [7 x ptr]] [[7 x ptr] [ptr @g_259, ptr getelementptr (i8, ptr @g_948, i64 8), ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 8), ptr @g_259, ptr @g_259, ptr getelementptr (i8, ptr @g_948, i64 8)]], [1 x [7 x ptr]] [[7 x ptr] [ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 72), ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 8), ptr getelementptr (i8, ptr @g_948, i64 8), ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 72)]]], align 8
@g_764 = internal global [2 x ptr] [ptr @g_347, ptr @g_347], align 8
@g_347 = internal global [6 x ptr] [ptr getelementptr (i8, ptr @g_32, i64 5), ptr getelementptr (i8, ptr @g_32, i64 1), ptr getelementptr (i8, ptr @g_32, i64 5), ptr getelementptr (i8, ptr @g_32, i64 5), ptr getelementptr (i8, ptr @g_32, i64 1), ptr getelementptr (i8, ptr @g_32, i64 5)], align 8
@g_2432 = internal global ptr @g_2160, align 8
@g_3973 = internal global [6 x ptr] [ptr @g_3974, ptr @g_3974, ptr @g_3974, ptr @g_3974, ptr @g_3974, ptr @g_3974], align 8
@g_3974 = internal global ptr @g_3908, align 8
@g_3699 = internal global ptr null, align 8
@g_370 = internal global [10 x ptr] [ptr @g_147, ptr @g_147, ptr @g_147, ptr @g_147, ptr @g_147, ptr @g_147, ptr @g_147, ptr @g_147, ptr @g_147, ptr @g_147], align 8
@.str.118 = private unnamed_addr constant [36 x i8] c"...checksum after hashing %s : %lX\0A\00", align 1
@.str.119 = private unnamed_addr constant [15 x i8] c"checksum = %X\0A\00", align 1

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
  %20 = call i32 @func_1()
  %21 = load i16, ptr @g_7, align 2
  %22 = zext i16 %21 to i64
  %23 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %22, ptr noundef @.str.1, i32 noundef %23)
  %24 = load i32, ptr @g_13, align 4
  %25 = sext i32 %24 to i64
  %26 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %25, ptr noundef @.str.2, i32 noundef %26)
  store i32 0, ptr %6, align 4
  br label %27

27:                                               ; preds = %43, %19
  %28 = load i32, ptr %6, align 4
  %29 = icmp slt i32 %28, 7
  br i1 %29, label %30, label %46

30:                                               ; preds = %27
  %31 = load i32, ptr %6, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [7 x i8], ptr @g_32, i64 0, i64 %32
  %34 = load i8, ptr %33, align 1
  %35 = sext i8 %34 to i64
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
  %47 = load i64, ptr @g_39, align 8
  %48 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %47, ptr noundef @.str.5, i32 noundef %48)
  %49 = load i64, ptr @g_42, align 8
  %50 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %49, ptr noundef @.str.6, i32 noundef %50)
  %51 = load i16, ptr @g_45, align 2
  %52 = zext i16 %51 to i64
  %53 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %52, ptr noundef @.str.7, i32 noundef %53)
  store i32 0, ptr %6, align 4
  br label %54

54:                                               ; preds = %70, %46
  %55 = load i32, ptr %6, align 4
  %56 = icmp slt i32 %55, 1
  br i1 %56, label %57, label %73

57:                                               ; preds = %54
  %58 = load i32, ptr %6, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [1 x i32], ptr @g_70, i64 0, i64 %59
  %61 = load i32, ptr %60, align 4
  %62 = sext i32 %61 to i64
  %63 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %62, ptr noundef @.str.8, i32 noundef %63)
  %64 = load i32, ptr %9, align 4
  %65 = icmp ne i32 %64, 0
  br i1 %65, label %66, label %69

66:                                               ; preds = %57
  %67 = load i32, ptr %6, align 4
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %67)
  br label %69

69:                                               ; preds = %66, %57
  br label %70

70:                                               ; preds = %69
  %71 = load i32, ptr %6, align 4
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %6, align 4
  br label %54, !llvm.loop !8

73:                                               ; preds = %54
  %74 = load i16, ptr @g_116, align 2
  %75 = sext i16 %74 to i64
  %76 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %75, ptr noundef @.str.9, i32 noundef %76)
  store i32 0, ptr %6, align 4
  br label %77

77:                                               ; preds = %117, %73
  %78 = load i32, ptr %6, align 4
  %79 = icmp slt i32 %78, 10
  br i1 %79, label %80, label %120

80:                                               ; preds = %77
  store i32 0, ptr %7, align 4
  br label %81

81:                                               ; preds = %113, %80
  %82 = load i32, ptr %7, align 4
  %83 = icmp slt i32 %82, 8
  br i1 %83, label %84, label %116

84:                                               ; preds = %81
  store i32 0, ptr %8, align 4
  br label %85

85:                                               ; preds = %109, %84
  %86 = load i32, ptr %8, align 4
  %87 = icmp slt i32 %86, 3
  br i1 %87, label %88, label %112

88:                                               ; preds = %85
  %89 = load i32, ptr %6, align 4
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [10 x [8 x [3 x i32]]], ptr @g_130, i64 0, i64 %90
  %92 = load i32, ptr %7, align 4
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds [8 x [3 x i32]], ptr %91, i64 0, i64 %93
  %95 = load i32, ptr %8, align 4
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds [3 x i32], ptr %94, i64 0, i64 %96
  %98 = load i32, ptr %97, align 4
  %99 = sext i32 %98 to i64
  %100 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %99, ptr noundef @.str.10, i32 noundef %100)
  %101 = load i32, ptr %9, align 4
  %102 = icmp ne i32 %101, 0
  br i1 %102, label %103, label %108

103:                                              ; preds = %88
  %104 = load i32, ptr %6, align 4
  %105 = load i32, ptr %7, align 4
  %106 = load i32, ptr %8, align 4
  %107 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %104, i32 noundef %105, i32 noundef %106)
  br label %108

108:                                              ; preds = %103, %88
  br label %109

109:                                              ; preds = %108
  %110 = load i32, ptr %8, align 4
  %111 = add nsw i32 %110, 1
  store i32 %111, ptr %8, align 4
  br label %85, !llvm.loop !9

112:                                              ; preds = %85
  br label %113

113:                                              ; preds = %112
  %114 = load i32, ptr %7, align 4
  %115 = add nsw i32 %114, 1
  store i32 %115, ptr %7, align 4
  br label %81, !llvm.loop !10

116:                                              ; preds = %81
  br label %117

117:                                              ; preds = %116
  %118 = load i32, ptr %6, align 4
  %119 = add nsw i32 %118, 1
  store i32 %119, ptr %6, align 4
  br label %77, !llvm.loop !11

120:                                              ; preds = %77
  %121 = load i32, ptr @g_147, align 4
  %122 = zext i32 %121 to i64
  %123 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %122, ptr noundef @.str.12, i32 noundef %123)
  %124 = load i8, ptr @g_155, align 1
  %125 = zext i8 %124 to i64
  %126 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %125, ptr noundef @.str.13, i32 noundef %126)
  %127 = load i16, ptr @g_167, align 2
  %128 = zext i16 %127 to i64
  %129 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %128, ptr noundef @.str.14, i32 noundef %129)
  %130 = load i64, ptr @g_186, align 8
  %131 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %130, ptr noundef @.str.15, i32 noundef %131)
  %132 = load i64, ptr @g_228, align 8
  %133 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %132, ptr noundef @.str.16, i32 noundef %133)
  store i32 0, ptr %6, align 4
  br label %134

134:                                              ; preds = %162, %120
  %135 = load i32, ptr %6, align 4
  %136 = icmp slt i32 %135, 5
  br i1 %136, label %137, label %165

137:                                              ; preds = %134
  store i32 0, ptr %7, align 4
  br label %138

138:                                              ; preds = %158, %137
  %139 = load i32, ptr %7, align 4
  %140 = icmp slt i32 %139, 5
  br i1 %140, label %141, label %161

141:                                              ; preds = %138
  %142 = load i32, ptr %6, align 4
  %143 = sext i32 %142 to i64
  %144 = getelementptr inbounds [5 x [5 x i32]], ptr @g_229, i64 0, i64 %143
  %145 = load i32, ptr %7, align 4
  %146 = sext i32 %145 to i64
  %147 = getelementptr inbounds [5 x i32], ptr %144, i64 0, i64 %146
  %148 = load i32, ptr %147, align 4
  %149 = sext i32 %148 to i64
  %150 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %149, ptr noundef @.str.17, i32 noundef %150)
  %151 = load i32, ptr %9, align 4
  %152 = icmp ne i32 %151, 0
  br i1 %152, label %153, label %157

153:                                              ; preds = %141
  %154 = load i32, ptr %6, align 4
  %155 = load i32, ptr %7, align 4
  %156 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %154, i32 noundef %155)
  br label %157

157:                                              ; preds = %153, %141
  br label %158

158:                                              ; preds = %157
  %159 = load i32, ptr %7, align 4
  %160 = add nsw i32 %159, 1
  store i32 %160, ptr %7, align 4
  br label %138, !llvm.loop !12

161:                                              ; preds = %138
  br label %162

162:                                              ; preds = %161
  %163 = load i32, ptr %6, align 4
  %164 = add nsw i32 %163, 1
  store i32 %164, ptr %6, align 4
  br label %134, !llvm.loop !13

165:                                              ; preds = %134
  %166 = load i16, ptr @g_259, align 2
  %167 = sext i16 %166 to i64
  %168 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %167, ptr noundef @.str.19, i32 noundef %168)
  store i32 0, ptr %6, align 4
  br label %169

169:                                              ; preds = %208, %165
  %170 = load i32, ptr %6, align 4
  %171 = icmp slt i32 %170, 1
  br i1 %171, label %172, label %211

172:                                              ; preds = %169
  store i32 0, ptr %7, align 4
  br label %173

173:                                              ; preds = %204, %172
  %174 = load i32, ptr %7, align 4
  %175 = icmp slt i32 %174, 10
  br i1 %175, label %176, label %207

176:                                              ; preds = %173
  store i32 0, ptr %8, align 4
  br label %177

177:                                              ; preds = %200, %176
  %178 = load i32, ptr %8, align 4
  %179 = icmp slt i32 %178, 8
  br i1 %179, label %180, label %203

180:                                              ; preds = %177
  %181 = load i32, ptr %6, align 4
  %182 = sext i32 %181 to i64
  %183 = getelementptr inbounds [1 x [10 x [8 x i64]]], ptr @g_280, i64 0, i64 %182
  %184 = load i32, ptr %7, align 4
  %185 = sext i32 %184 to i64
  %186 = getelementptr inbounds [10 x [8 x i64]], ptr %183, i64 0, i64 %185
  %187 = load i32, ptr %8, align 4
  %188 = sext i32 %187 to i64
  %189 = getelementptr inbounds [8 x i64], ptr %186, i64 0, i64 %188
  %190 = load i64, ptr %189, align 8
  %191 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %190, ptr noundef @.str.20, i32 noundef %191)
  %192 = load i32, ptr %9, align 4
  %193 = icmp ne i32 %192, 0
  br i1 %193, label %194, label %199

194:                                              ; preds = %180
  %195 = load i32, ptr %6, align 4
  %196 = load i32, ptr %7, align 4
  %197 = load i32, ptr %8, align 4
  %198 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %195, i32 noundef %196, i32 noundef %197)
  br label %199

199:                                              ; preds = %194, %180
  br label %200

200:                                              ; preds = %199
  %201 = load i32, ptr %8, align 4
  %202 = add nsw i32 %201, 1
  store i32 %202, ptr %8, align 4
  br label %177, !llvm.loop !14

203:                                              ; preds = %177
  br label %204

204:                                              ; preds = %203
  %205 = load i32, ptr %7, align 4
  %206 = add nsw i32 %205, 1
  store i32 %206, ptr %7, align 4
  br label %173, !llvm.loop !15

207:                                              ; preds = %173
  br label %208

208:                                              ; preds = %207
  %209 = load i32, ptr %6, align 4
  %210 = add nsw i32 %209, 1
  store i32 %210, ptr %6, align 4
  br label %169, !llvm.loop !16

211:                                              ; preds = %169
  %212 = load volatile i32, ptr @g_310, align 4
  %213 = zext i32 %212 to i64
  %214 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %213, ptr noundef @.str.21, i32 noundef %214)
  %215 = load i64, ptr @g_338, align 8
  %216 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %215, ptr noundef @.str.22, i32 noundef %216)
  %217 = load i32, ptr @g_341, align 4
  %218 = zext i32 %217 to i64
  %219 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %218, ptr noundef @.str.23, i32 noundef %219)
  store i32 0, ptr %6, align 4
  br label %220

220:                                              ; preds = %248, %211
  %221 = load i32, ptr %6, align 4
  %222 = icmp slt i32 %221, 10
  br i1 %222, label %223, label %251

223:                                              ; preds = %220
  store i32 0, ptr %7, align 4
  br label %224

224:                                              ; preds = %244, %223
  %225 = load i32, ptr %7, align 4
  %226 = icmp slt i32 %225, 1
  br i1 %226, label %227, label %247

227:                                              ; preds = %224
  %228 = load i32, ptr %6, align 4
  %229 = sext i32 %228 to i64
  %230 = getelementptr inbounds [10 x [1 x i32]], ptr @g_373, i64 0, i64 %229
  %231 = load i32, ptr %7, align 4
  %232 = sext i32 %231 to i64
  %233 = getelementptr inbounds [1 x i32], ptr %230, i64 0, i64 %232
  %234 = load volatile i32, ptr %233, align 4
  %235 = zext i32 %234 to i64
  %236 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %235, ptr noundef @.str.24, i32 noundef %236)
  %237 = load i32, ptr %9, align 4
  %238 = icmp ne i32 %237, 0
  br i1 %238, label %239, label %243

239:                                              ; preds = %227
  %240 = load i32, ptr %6, align 4
  %241 = load i32, ptr %7, align 4
  %242 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %240, i32 noundef %241)
  br label %243

243:                                              ; preds = %239, %227
  br label %244

244:                                              ; preds = %243
  %245 = load i32, ptr %7, align 4
  %246 = add nsw i32 %245, 1
  store i32 %246, ptr %7, align 4
  br label %224, !llvm.loop !17

247:                                              ; preds = %224
  br label %248

248:                                              ; preds = %247
  %249 = load i32, ptr %6, align 4
  %250 = add nsw i32 %249, 1
  store i32 %250, ptr %6, align 4
  br label %220, !llvm.loop !18

251:                                              ; preds = %220
  %252 = load volatile i8, ptr @g_498, align 1
  %253 = sext i8 %252 to i64
  %254 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %253, ptr noundef @.str.25, i32 noundef %254)
  store i32 0, ptr %6, align 4
  br label %255

255:                                              ; preds = %271, %251
  %256 = load i32, ptr %6, align 4
  %257 = icmp slt i32 %256, 1
  br i1 %257, label %258, label %274

258:                                              ; preds = %255
  %259 = load i32, ptr %6, align 4
  %260 = sext i32 %259 to i64
  %261 = getelementptr inbounds [1 x i32], ptr @g_509, i64 0, i64 %260
  %262 = load i32, ptr %261, align 4
  %263 = zext i32 %262 to i64
  %264 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %263, ptr noundef @.str.26, i32 noundef %264)
  %265 = load i32, ptr %9, align 4
  %266 = icmp ne i32 %265, 0
  br i1 %266, label %267, label %270

267:                                              ; preds = %258
  %268 = load i32, ptr %6, align 4
  %269 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %268)
  br label %270

270:                                              ; preds = %267, %258
  br label %271

271:                                              ; preds = %270
  %272 = load i32, ptr %6, align 4
  %273 = add nsw i32 %272, 1
  store i32 %273, ptr %6, align 4
  br label %255, !llvm.loop !19

274:                                              ; preds = %255
  %275 = load i32, ptr @g_629, align 4
  %276 = sext i32 %275 to i64
  %277 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %276, ptr noundef @.str.27, i32 noundef %277)
  %278 = load i32, ptr @g_671, align 4
  %279 = zext i32 %278 to i64
  %280 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %279, ptr noundef @.str.28, i32 noundef %280)
  %281 = load volatile i32, ptr @g_714, align 4
  %282 = zext i32 %281 to i64
  %283 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %282, ptr noundef @.str.29, i32 noundef %283)
  %284 = load i8, ptr @g_821, align 1
  %285 = sext i8 %284 to i64
  %286 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %285, ptr noundef @.str.30, i32 noundef %286)
  %287 = load volatile i32, ptr @g_824, align 4
  %288 = zext i32 %287 to i64
  %289 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %288, ptr noundef @.str.31, i32 noundef %289)
  %290 = load volatile i32, ptr @g_835, align 4
  %291 = zext i32 %290 to i64
  %292 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %291, ptr noundef @.str.32, i32 noundef %292)
  store i32 0, ptr %6, align 4
  br label %293

293:                                              ; preds = %321, %274
  %294 = load i32, ptr %6, align 4
  %295 = icmp slt i32 %294, 8
  br i1 %295, label %296, label %324

296:                                              ; preds = %293
  store i32 0, ptr %7, align 4
  br label %297

297:                                              ; preds = %317, %296
  %298 = load i32, ptr %7, align 4
  %299 = icmp slt i32 %298, 5
  br i1 %299, label %300, label %320

300:                                              ; preds = %297
  %301 = load i32, ptr %6, align 4
  %302 = sext i32 %301 to i64
  %303 = getelementptr inbounds [8 x [5 x i16]], ptr @g_948, i64 0, i64 %302
  %304 = load i32, ptr %7, align 4
  %305 = sext i32 %304 to i64
  %306 = getelementptr inbounds [5 x i16], ptr %303, i64 0, i64 %305
  %307 = load i16, ptr %306, align 2
  %308 = sext i16 %307 to i64
  %309 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %308, ptr noundef @.str.33, i32 noundef %309)
  %310 = load i32, ptr %9, align 4
  %311 = icmp ne i32 %310, 0
  br i1 %311, label %312, label %316

312:                                              ; preds = %300
  %313 = load i32, ptr %6, align 4
  %314 = load i32, ptr %7, align 4
  %315 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %313, i32 noundef %314)
  br label %316

316:                                              ; preds = %312, %300
  br label %317

317:                                              ; preds = %316
  %318 = load i32, ptr %7, align 4
  %319 = add nsw i32 %318, 1
  store i32 %319, ptr %7, align 4
  br label %297, !llvm.loop !20

320:                                              ; preds = %297
  br label %321

321:                                              ; preds = %320
  %322 = load i32, ptr %6, align 4
  %323 = add nsw i32 %322, 1
  store i32 %323, ptr %6, align 4
  br label %293, !llvm.loop !21

324:                                              ; preds = %293
  %325 = load i8, ptr @g_1007, align 1
  %326 = sext i8 %325 to i64
  %327 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %326, ptr noundef @.str.34, i32 noundef %327)
  %328 = load volatile i16, ptr @g_1329, align 2
  %329 = sext i16 %328 to i64
  %330 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %329, ptr noundef @.str.35, i32 noundef %330)
  %331 = load volatile i32, ptr @g_1413, align 4
  %332 = sext i32 %331 to i64
  %333 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %332, ptr noundef @.str.36, i32 noundef %333)
  %334 = load i32, ptr @g_1420, align 4
  %335 = zext i32 %334 to i64
  %336 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %335, ptr noundef @.str.37, i32 noundef %336)
  %337 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 1487, ptr noundef @.str.38, i32 noundef %337)
  %338 = load volatile i16, ptr @g_1517, align 2
  %339 = sext i16 %338 to i64
  %340 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %339, ptr noundef @.str.39, i32 noundef %340)
  %341 = load i8, ptr @g_1561, align 1
  %342 = zext i8 %341 to i64
  %343 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %342, ptr noundef @.str.40, i32 noundef %343)
  %344 = load volatile i16, ptr @g_1737, align 2
  %345 = zext i16 %344 to i64
  %346 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %345, ptr noundef @.str.41, i32 noundef %346)
  %347 = load i32, ptr @g_1743, align 4
  %348 = sext i32 %347 to i64
  %349 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %348, ptr noundef @.str.42, i32 noundef %349)
  %350 = load i64, ptr @g_1786, align 8
  %351 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %350, ptr noundef @.str.43, i32 noundef %351)
  %352 = load i8, ptr @g_1811, align 1
  %353 = sext i8 %352 to i64
  %354 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %353, ptr noundef @.str.44, i32 noundef %354)
  store i32 0, ptr %6, align 4
  br label %355

355:                                              ; preds = %395, %324
  %356 = load i32, ptr %6, align 4
  %357 = icmp slt i32 %356, 4
  br i1 %357, label %358, label %398

358:                                              ; preds = %355
  store i32 0, ptr %7, align 4
  br label %359

359:                                              ; preds = %391, %358
  %360 = load i32, ptr %7, align 4
  %361 = icmp slt i32 %360, 2
  br i1 %361, label %362, label %394

362:                                              ; preds = %359
  store i32 0, ptr %8, align 4
  br label %363

363:                                              ; preds = %387, %362
  %364 = load i32, ptr %8, align 4
  %365 = icmp slt i32 %364, 2
  br i1 %365, label %366, label %390

366:                                              ; preds = %363
  %367 = load i32, ptr %6, align 4
  %368 = sext i32 %367 to i64
  %369 = getelementptr inbounds [4 x [2 x [2 x i16]]], ptr @g_2007, i64 0, i64 %368
  %370 = load i32, ptr %7, align 4
  %371 = sext i32 %370 to i64
  %372 = getelementptr inbounds [2 x [2 x i16]], ptr %369, i64 0, i64 %371
  %373 = load i32, ptr %8, align 4
  %374 = sext i32 %373 to i64
  %375 = getelementptr inbounds [2 x i16], ptr %372, i64 0, i64 %374
  %376 = load i16, ptr %375, align 2
  %377 = sext i16 %376 to i64
  %378 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %377, ptr noundef @.str.45, i32 noundef %378)
  %379 = load i32, ptr %9, align 4
  %380 = icmp ne i32 %379, 0
  br i1 %380, label %381, label %386

381:                                              ; preds = %366
  %382 = load i32, ptr %6, align 4
  %383 = load i32, ptr %7, align 4
  %384 = load i32, ptr %8, align 4
  %385 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %382, i32 noundef %383, i32 noundef %384)
  br label %386

386:                                              ; preds = %381, %366
  br label %387

387:                                              ; preds = %386
  %388 = load i32, ptr %8, align 4
  %389 = add nsw i32 %388, 1
  store i32 %389, ptr %8, align 4
  br label %363, !llvm.loop !22

390:                                              ; preds = %363
  br label %391

391:                                              ; preds = %390
  %392 = load i32, ptr %7, align 4
  %393 = add nsw i32 %392, 1
  store i32 %393, ptr %7, align 4
  br label %359, !llvm.loop !23

394:                                              ; preds = %359
  br label %395

395:                                              ; preds = %394
  %396 = load i32, ptr %6, align 4
  %397 = add nsw i32 %396, 1
  store i32 %397, ptr %6, align 4
  br label %355, !llvm.loop !24

398:                                              ; preds = %355
  %399 = load i64, ptr @g_2008, align 8
  %400 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %399, ptr noundef @.str.46, i32 noundef %400)
  %401 = load volatile i64, ptr @g_2120, align 8
  %402 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %401, ptr noundef @.str.47, i32 noundef %402)
  %403 = load i16, ptr @g_2160, align 2
  %404 = zext i16 %403 to i64
  %405 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %404, ptr noundef @.str.48, i32 noundef %405)
  %406 = load i64, ptr @g_2182, align 8
  %407 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %406, ptr noundef @.str.49, i32 noundef %407)
  %408 = load i32, ptr @g_2230, align 4
  %409 = sext i32 %408 to i64
  %410 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %409, ptr noundef @.str.50, i32 noundef %410)
  store i32 0, ptr %6, align 4
  br label %411

411:                                              ; preds = %426, %398
  %412 = load i32, ptr %6, align 4
  %413 = icmp slt i32 %412, 10
  br i1 %413, label %414, label %429

414:                                              ; preds = %411
  %415 = load i32, ptr %6, align 4
  %416 = sext i32 %415 to i64
  %417 = getelementptr inbounds [10 x i64], ptr @g_2232, i64 0, i64 %416
  %418 = load i64, ptr %417, align 8
  %419 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %418, ptr noundef @.str.51, i32 noundef %419)
  %420 = load i32, ptr %9, align 4
  %421 = icmp ne i32 %420, 0
  br i1 %421, label %422, label %425

422:                                              ; preds = %414
  %423 = load i32, ptr %6, align 4
  %424 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %423)
  br label %425

425:                                              ; preds = %422, %414
  br label %426

426:                                              ; preds = %425
  %427 = load i32, ptr %6, align 4
  %428 = add nsw i32 %427, 1
  store i32 %428, ptr %6, align 4
  br label %411, !llvm.loop !25

429:                                              ; preds = %411
  store i32 0, ptr %6, align 4
  br label %430

430:                                              ; preds = %470, %429
  %431 = load i32, ptr %6, align 4
  %432 = icmp slt i32 %431, 9
  br i1 %432, label %433, label %473

433:                                              ; preds = %430
  store i32 0, ptr %7, align 4
  br label %434

434:                                              ; preds = %466, %433
  %435 = load i32, ptr %7, align 4
  %436 = icmp slt i32 %435, 9
  br i1 %436, label %437, label %469

437:                                              ; preds = %434
  store i32 0, ptr %8, align 4
  br label %438

438:                                              ; preds = %462, %437
  %439 = load i32, ptr %8, align 4
  %440 = icmp slt i32 %439, 3
  br i1 %440, label %441, label %465

441:                                              ; preds = %438
  %442 = load i32, ptr %6, align 4
  %443 = sext i32 %442 to i64
  %444 = getelementptr inbounds [9 x [9 x [3 x i32]]], ptr @g_2388, i64 0, i64 %443
  %445 = load i32, ptr %7, align 4
  %446 = sext i32 %445 to i64
  %447 = getelementptr inbounds [9 x [3 x i32]], ptr %444, i64 0, i64 %446
  %448 = load i32, ptr %8, align 4
  %449 = sext i32 %448 to i64
  %450 = getelementptr inbounds [3 x i32], ptr %447, i64 0, i64 %449
  %451 = load i32, ptr %450, align 4
  %452 = zext i32 %451 to i64
  %453 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %452, ptr noundef @.str.52, i32 noundef %453)
  %454 = load i32, ptr %9, align 4
  %455 = icmp ne i32 %454, 0
  br i1 %455, label %456, label %461

456:                                              ; preds = %441
  %457 = load i32, ptr %6, align 4
  %458 = load i32, ptr %7, align 4
  %459 = load i32, ptr %8, align 4
  %460 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %457, i32 noundef %458, i32 noundef %459)
  br label %461

461:                                              ; preds = %456, %441
  br label %462

462:                                              ; preds = %461
  %463 = load i32, ptr %8, align 4
  %464 = add nsw i32 %463, 1
  store i32 %464, ptr %8, align 4
  br label %438, !llvm.loop !26

465:                                              ; preds = %438
  br label %466

466:                                              ; preds = %465
  %467 = load i32, ptr %7, align 4
  %468 = add nsw i32 %467, 1
  store i32 %468, ptr %7, align 4
  br label %434, !llvm.loop !27

469:                                              ; preds = %434
  br label %470

470:                                              ; preds = %469
  %471 = load i32, ptr %6, align 4
  %472 = add nsw i32 %471, 1
  store i32 %472, ptr %6, align 4
  br label %430, !llvm.loop !28

473:                                              ; preds = %430
  %474 = load i32, ptr @g_2510, align 4
  %475 = sext i32 %474 to i64
  %476 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %475, ptr noundef @.str.53, i32 noundef %476)
  %477 = load i32, ptr @g_2740, align 4
  %478 = zext i32 %477 to i64
  %479 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %478, ptr noundef @.str.54, i32 noundef %479)
  %480 = load i16, ptr @g_2758, align 2
  %481 = sext i16 %480 to i64
  %482 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %481, ptr noundef @.str.55, i32 noundef %482)
  %483 = load volatile i64, ptr @g_2853, align 8
  %484 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %483, ptr noundef @.str.56, i32 noundef %484)
  %485 = load i16, ptr @g_3052, align 2
  %486 = sext i16 %485 to i64
  %487 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %486, ptr noundef @.str.57, i32 noundef %487)
  %488 = load volatile i8, ptr @g_3092, align 1
  %489 = zext i8 %488 to i64
  %490 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %489, ptr noundef @.str.58, i32 noundef %490)
  store i32 0, ptr %6, align 4
  br label %491

491:                                              ; preds = %519, %473
  %492 = load i32, ptr %6, align 4
  %493 = icmp slt i32 %492, 7
  br i1 %493, label %494, label %522

494:                                              ; preds = %491
  store i32 0, ptr %7, align 4
  br label %495

495:                                              ; preds = %515, %494
  %496 = load i32, ptr %7, align 4
  %497 = icmp slt i32 %496, 3
  br i1 %497, label %498, label %518

498:                                              ; preds = %495
  %499 = load i32, ptr %6, align 4
  %500 = sext i32 %499 to i64
  %501 = getelementptr inbounds [7 x [3 x i32]], ptr @g_3145, i64 0, i64 %500
  %502 = load i32, ptr %7, align 4
  %503 = sext i32 %502 to i64
  %504 = getelementptr inbounds [3 x i32], ptr %501, i64 0, i64 %503
  %505 = load i32, ptr %504, align 4
  %506 = zext i32 %505 to i64
  %507 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %506, ptr noundef @.str.59, i32 noundef %507)
  %508 = load i32, ptr %9, align 4
  %509 = icmp ne i32 %508, 0
  br i1 %509, label %510, label %514

510:                                              ; preds = %498
  %511 = load i32, ptr %6, align 4
  %512 = load i32, ptr %7, align 4
  %513 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %511, i32 noundef %512)
  br label %514

514:                                              ; preds = %510, %498
  br label %515

515:                                              ; preds = %514
  %516 = load i32, ptr %7, align 4
  %517 = add nsw i32 %516, 1
  store i32 %517, ptr %7, align 4
  br label %495, !llvm.loop !29

518:                                              ; preds = %495
  br label %519

519:                                              ; preds = %518
  %520 = load i32, ptr %6, align 4
  %521 = add nsw i32 %520, 1
  store i32 %521, ptr %6, align 4
  br label %491, !llvm.loop !30

522:                                              ; preds = %491
  store i32 0, ptr %6, align 4
  br label %523

523:                                              ; preds = %551, %522
  %524 = load i32, ptr %6, align 4
  %525 = icmp slt i32 %524, 3
  br i1 %525, label %526, label %554

526:                                              ; preds = %523
  store i32 0, ptr %7, align 4
  br label %527

527:                                              ; preds = %547, %526
  %528 = load i32, ptr %7, align 4
  %529 = icmp slt i32 %528, 8
  br i1 %529, label %530, label %550

530:                                              ; preds = %527
  %531 = load i32, ptr %6, align 4
  %532 = sext i32 %531 to i64
  %533 = getelementptr inbounds [3 x [8 x i32]], ptr @g_3151, i64 0, i64 %532
  %534 = load i32, ptr %7, align 4
  %535 = sext i32 %534 to i64
  %536 = getelementptr inbounds [8 x i32], ptr %533, i64 0, i64 %535
  %537 = load i32, ptr %536, align 4
  %538 = zext i32 %537 to i64
  %539 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %538, ptr noundef @.str.60, i32 noundef %539)
  %540 = load i32, ptr %9, align 4
  %541 = icmp ne i32 %540, 0
  br i1 %541, label %542, label %546

542:                                              ; preds = %530
  %543 = load i32, ptr %6, align 4
  %544 = load i32, ptr %7, align 4
  %545 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %543, i32 noundef %544)
  br label %546

546:                                              ; preds = %542, %530
  br label %547

547:                                              ; preds = %546
  %548 = load i32, ptr %7, align 4
  %549 = add nsw i32 %548, 1
  store i32 %549, ptr %7, align 4
  br label %527, !llvm.loop !31

550:                                              ; preds = %527
  br label %551

551:                                              ; preds = %550
  %552 = load i32, ptr %6, align 4
  %553 = add nsw i32 %552, 1
  store i32 %553, ptr %6, align 4
  br label %523, !llvm.loop !32

554:                                              ; preds = %523
  store i32 0, ptr %6, align 4
  br label %555

555:                                              ; preds = %571, %554
  %556 = load i32, ptr %6, align 4
  %557 = icmp slt i32 %556, 2
  br i1 %557, label %558, label %574

558:                                              ; preds = %555
  %559 = load i32, ptr %6, align 4
  %560 = sext i32 %559 to i64
  %561 = getelementptr inbounds [2 x i32], ptr @g_3153, i64 0, i64 %560
  %562 = load i32, ptr %561, align 4
  %563 = zext i32 %562 to i64
  %564 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %563, ptr noundef @.str.61, i32 noundef %564)
  %565 = load i32, ptr %9, align 4
  %566 = icmp ne i32 %565, 0
  br i1 %566, label %567, label %570

567:                                              ; preds = %558
  %568 = load i32, ptr %6, align 4
  %569 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %568)
  br label %570

570:                                              ; preds = %567, %558
  br label %571

571:                                              ; preds = %570
  %572 = load i32, ptr %6, align 4
  %573 = add nsw i32 %572, 1
  store i32 %573, ptr %6, align 4
  br label %555, !llvm.loop !33

574:                                              ; preds = %555
  %575 = load i32, ptr @g_3155, align 4
  %576 = zext i32 %575 to i64
  %577 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %576, ptr noundef @.str.62, i32 noundef %577)
  %578 = load i32, ptr @g_3157, align 4
  %579 = zext i32 %578 to i64
  %580 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %579, ptr noundef @.str.63, i32 noundef %580)
  store i32 0, ptr %6, align 4
  br label %581

581:                                              ; preds = %609, %574
  %582 = load i32, ptr %6, align 4
  %583 = icmp slt i32 %582, 5
  br i1 %583, label %584, label %612

584:                                              ; preds = %581
  store i32 0, ptr %7, align 4
  br label %585

585:                                              ; preds = %605, %584
  %586 = load i32, ptr %7, align 4
  %587 = icmp slt i32 %586, 10
  br i1 %587, label %588, label %608

588:                                              ; preds = %585
  %589 = load i32, ptr %6, align 4
  %590 = sext i32 %589 to i64
  %591 = getelementptr inbounds [5 x [10 x i32]], ptr @g_3159, i64 0, i64 %590
  %592 = load i32, ptr %7, align 4
  %593 = sext i32 %592 to i64
  %594 = getelementptr inbounds [10 x i32], ptr %591, i64 0, i64 %593
  %595 = load i32, ptr %594, align 4
  %596 = zext i32 %595 to i64
  %597 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %596, ptr noundef @.str.64, i32 noundef %597)
  %598 = load i32, ptr %9, align 4
  %599 = icmp ne i32 %598, 0
  br i1 %599, label %600, label %604

600:                                              ; preds = %588
  %601 = load i32, ptr %6, align 4
  %602 = load i32, ptr %7, align 4
  %603 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %601, i32 noundef %602)
  br label %604

604:                                              ; preds = %600, %588
  br label %605

605:                                              ; preds = %604
  %606 = load i32, ptr %7, align 4
  %607 = add nsw i32 %606, 1
  store i32 %607, ptr %7, align 4
  br label %585, !llvm.loop !34

608:                                              ; preds = %585
  br label %609

609:                                              ; preds = %608
  %610 = load i32, ptr %6, align 4
  %611 = add nsw i32 %610, 1
  store i32 %611, ptr %6, align 4
  br label %581, !llvm.loop !35

612:                                              ; preds = %581
  %613 = load i32, ptr @g_3161, align 4
  %614 = zext i32 %613 to i64
  %615 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %614, ptr noundef @.str.65, i32 noundef %615)
  %616 = load i32, ptr @g_3163, align 4
  %617 = zext i32 %616 to i64
  %618 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %617, ptr noundef @.str.66, i32 noundef %618)
  %619 = load i32, ptr @g_3165, align 4
  %620 = zext i32 %619 to i64
  %621 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %620, ptr noundef @.str.67, i32 noundef %621)
  store i32 0, ptr %6, align 4
  br label %622

622:                                              ; preds = %638, %612
  %623 = load i32, ptr %6, align 4
  %624 = icmp slt i32 %623, 2
  br i1 %624, label %625, label %641

625:                                              ; preds = %622
  %626 = load i32, ptr %6, align 4
  %627 = sext i32 %626 to i64
  %628 = getelementptr inbounds [2 x i32], ptr @g_3167, i64 0, i64 %627
  %629 = load i32, ptr %628, align 4
  %630 = zext i32 %629 to i64
  %631 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %630, ptr noundef @.str.68, i32 noundef %631)
  %632 = load i32, ptr %9, align 4
  %633 = icmp ne i32 %632, 0
  br i1 %633, label %634, label %637

634:                                              ; preds = %625
  %635 = load i32, ptr %6, align 4
  %636 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %635)
  br label %637

637:                                              ; preds = %634, %625
  br label %638

638:                                              ; preds = %637
  %639 = load i32, ptr %6, align 4
  %640 = add nsw i32 %639, 1
  store i32 %640, ptr %6, align 4
  br label %622, !llvm.loop !36

641:                                              ; preds = %622
  %642 = load i32, ptr @g_3168, align 4
  %643 = zext i32 %642 to i64
  %644 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %643, ptr noundef @.str.69, i32 noundef %644)
  %645 = load i32, ptr @g_3169, align 4
  %646 = zext i32 %645 to i64
  %647 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %646, ptr noundef @.str.70, i32 noundef %647)
  store i32 0, ptr %6, align 4
  br label %648

648:                                              ; preds = %664, %641
  %649 = load i32, ptr %6, align 4
  %650 = icmp slt i32 %649, 5
  br i1 %650, label %651, label %667

651:                                              ; preds = %648
  %652 = load i32, ptr %6, align 4
  %653 = sext i32 %652 to i64
  %654 = getelementptr inbounds [5 x i32], ptr @g_3170, i64 0, i64 %653
  %655 = load i32, ptr %654, align 4
  %656 = zext i32 %655 to i64
  %657 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %656, ptr noundef @.str.71, i32 noundef %657)
  %658 = load i32, ptr %9, align 4
  %659 = icmp ne i32 %658, 0
  br i1 %659, label %660, label %663

660:                                              ; preds = %651
  %661 = load i32, ptr %6, align 4
  %662 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %661)
  br label %663

663:                                              ; preds = %660, %651
  br label %664

664:                                              ; preds = %663
  %665 = load i32, ptr %6, align 4
  %666 = add nsw i32 %665, 1
  store i32 %666, ptr %6, align 4
  br label %648, !llvm.loop !37

667:                                              ; preds = %648
  store i32 0, ptr %6, align 4
  br label %668

668:                                              ; preds = %696, %667
  %669 = load i32, ptr %6, align 4
  %670 = icmp slt i32 %669, 4
  br i1 %670, label %671, label %699

671:                                              ; preds = %668
  store i32 0, ptr %7, align 4
  br label %672

672:                                              ; preds = %692, %671
  %673 = load i32, ptr %7, align 4
  %674 = icmp slt i32 %673, 7
  br i1 %674, label %675, label %695

675:                                              ; preds = %672
  %676 = load i32, ptr %6, align 4
  %677 = sext i32 %676 to i64
  %678 = getelementptr inbounds [4 x [7 x i32]], ptr @g_3171, i64 0, i64 %677
  %679 = load i32, ptr %7, align 4
  %680 = sext i32 %679 to i64
  %681 = getelementptr inbounds [7 x i32], ptr %678, i64 0, i64 %680
  %682 = load i32, ptr %681, align 4
  %683 = zext i32 %682 to i64
  %684 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %683, ptr noundef @.str.72, i32 noundef %684)
  %685 = load i32, ptr %9, align 4
  %686 = icmp ne i32 %685, 0
  br i1 %686, label %687, label %691

687:                                              ; preds = %675
  %688 = load i32, ptr %6, align 4
  %689 = load i32, ptr %7, align 4
  %690 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %688, i32 noundef %689)
  br label %691

691:                                              ; preds = %687, %675
  br label %692

692:                                              ; preds = %691
  %693 = load i32, ptr %7, align 4
  %694 = add nsw i32 %693, 1
  store i32 %694, ptr %7, align 4
  br label %672, !llvm.loop !38

695:                                              ; preds = %672
  br label %696

696:                                              ; preds = %695
  %697 = load i32, ptr %6, align 4
  %698 = add nsw i32 %697, 1
  store i32 %698, ptr %6, align 4
  br label %668, !llvm.loop !39

699:                                              ; preds = %668
  %700 = load i32, ptr @g_3172, align 4
  %701 = zext i32 %700 to i64
  %702 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %701, ptr noundef @.str.73, i32 noundef %702)
  %703 = load i32, ptr @g_3173, align 4
  %704 = zext i32 %703 to i64
  %705 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %704, ptr noundef @.str.74, i32 noundef %705)
  %706 = load i32, ptr @g_3174, align 4
  %707 = zext i32 %706 to i64
  %708 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %707, ptr noundef @.str.75, i32 noundef %708)
  %709 = load i32, ptr @g_3175, align 4
  %710 = zext i32 %709 to i64
  %711 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %710, ptr noundef @.str.76, i32 noundef %711)
  %712 = load i32, ptr @g_3176, align 4
  %713 = zext i32 %712 to i64
  %714 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %713, ptr noundef @.str.77, i32 noundef %714)
  %715 = load i32, ptr @g_3177, align 4
  %716 = zext i32 %715 to i64
  %717 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %716, ptr noundef @.str.78, i32 noundef %717)
  %718 = load i32, ptr @g_3178, align 4
  %719 = zext i32 %718 to i64
  %720 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %719, ptr noundef @.str.79, i32 noundef %720)
  %721 = load i32, ptr @g_3179, align 4
  %722 = zext i32 %721 to i64
  %723 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %722, ptr noundef @.str.80, i32 noundef %723)
  %724 = load i32, ptr @g_3180, align 4
  %725 = zext i32 %724 to i64
  %726 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %725, ptr noundef @.str.81, i32 noundef %726)
  %727 = load i32, ptr @g_3181, align 4
  %728 = zext i32 %727 to i64
  %729 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %728, ptr noundef @.str.82, i32 noundef %729)
  %730 = load i32, ptr @g_3182, align 4
  %731 = zext i32 %730 to i64
  %732 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %731, ptr noundef @.str.83, i32 noundef %732)
  %733 = load i32, ptr @g_3183, align 4
  %734 = zext i32 %733 to i64
  %735 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %734, ptr noundef @.str.84, i32 noundef %735)
  store i32 0, ptr %6, align 4
  br label %736

736:                                              ; preds = %752, %699
  %737 = load i32, ptr %6, align 4
  %738 = icmp slt i32 %737, 9
  br i1 %738, label %739, label %755

739:                                              ; preds = %736
  %740 = load i32, ptr %6, align 4
  %741 = sext i32 %740 to i64
  %742 = getelementptr inbounds [9 x i32], ptr @g_3184, i64 0, i64 %741
  %743 = load i32, ptr %742, align 4
  %744 = zext i32 %743 to i64
  %745 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %744, ptr noundef @.str.85, i32 noundef %745)
  %746 = load i32, ptr %9, align 4
  %747 = icmp ne i32 %746, 0
  br i1 %747, label %748, label %751

748:                                              ; preds = %739
  %749 = load i32, ptr %6, align 4
  %750 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %749)
  br label %751

751:                                              ; preds = %748, %739
  br label %752

752:                                              ; preds = %751
  %753 = load i32, ptr %6, align 4
  %754 = add nsw i32 %753, 1
  store i32 %754, ptr %6, align 4
  br label %736, !llvm.loop !40

755:                                              ; preds = %736
  %756 = load i32, ptr @g_3185, align 4
  %757 = zext i32 %756 to i64
  %758 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %757, ptr noundef @.str.86, i32 noundef %758)
  store i32 0, ptr %6, align 4
  br label %759

759:                                              ; preds = %775, %755
  %760 = load i32, ptr %6, align 4
  %761 = icmp slt i32 %760, 6
  br i1 %761, label %762, label %778

762:                                              ; preds = %759
  %763 = load i32, ptr %6, align 4
  %764 = sext i32 %763 to i64
  %765 = getelementptr inbounds [6 x i32], ptr @g_3186, i64 0, i64 %764
  %766 = load i32, ptr %765, align 4
  %767 = zext i32 %766 to i64
  %768 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %767, ptr noundef @.str.87, i32 noundef %768)
  %769 = load i32, ptr %9, align 4
  %770 = icmp ne i32 %769, 0
  br i1 %770, label %771, label %774

771:                                              ; preds = %762
  %772 = load i32, ptr %6, align 4
  %773 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %772)
  br label %774

774:                                              ; preds = %771, %762
  br label %775

775:                                              ; preds = %774
  %776 = load i32, ptr %6, align 4
  %777 = add nsw i32 %776, 1
  store i32 %777, ptr %6, align 4
  br label %759, !llvm.loop !41

778:                                              ; preds = %759
  %779 = load i32, ptr @g_3187, align 4
  %780 = zext i32 %779 to i64
  %781 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %780, ptr noundef @.str.88, i32 noundef %781)
  %782 = load i32, ptr @g_3188, align 4
  %783 = zext i32 %782 to i64
  %784 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %783, ptr noundef @.str.89, i32 noundef %784)
  store i32 0, ptr %6, align 4
  br label %785

785:                                              ; preds = %801, %778
  %786 = load i32, ptr %6, align 4
  %787 = icmp slt i32 %786, 8
  br i1 %787, label %788, label %804

788:                                              ; preds = %785
  %789 = load i32, ptr %6, align 4
  %790 = sext i32 %789 to i64
  %791 = getelementptr inbounds [8 x i32], ptr @g_3189, i64 0, i64 %790
  %792 = load i32, ptr %791, align 4
  %793 = zext i32 %792 to i64
  %794 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %793, ptr noundef @.str.90, i32 noundef %794)
  %795 = load i32, ptr %9, align 4
  %796 = icmp ne i32 %795, 0
  br i1 %796, label %797, label %800

797:                                              ; preds = %788
  %798 = load i32, ptr %6, align 4
  %799 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %798)
  br label %800

800:                                              ; preds = %797, %788
  br label %801

801:                                              ; preds = %800
  %802 = load i32, ptr %6, align 4
  %803 = add nsw i32 %802, 1
  store i32 %803, ptr %6, align 4
  br label %785, !llvm.loop !42

804:                                              ; preds = %785
  %805 = load i32, ptr @g_3190, align 4
  %806 = zext i32 %805 to i64
  %807 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %806, ptr noundef @.str.91, i32 noundef %807)
  %808 = load i32, ptr @g_3191, align 4
  %809 = zext i32 %808 to i64
  %810 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %809, ptr noundef @.str.92, i32 noundef %810)
  %811 = load i32, ptr @g_3192, align 4
  %812 = zext i32 %811 to i64
  %813 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %812, ptr noundef @.str.93, i32 noundef %813)
  store i32 0, ptr %6, align 4
  br label %814

814:                                              ; preds = %854, %804
  %815 = load i32, ptr %6, align 4
  %816 = icmp slt i32 %815, 3
  br i1 %816, label %817, label %857

817:                                              ; preds = %814
  store i32 0, ptr %7, align 4
  br label %818

818:                                              ; preds = %850, %817
  %819 = load i32, ptr %7, align 4
  %820 = icmp slt i32 %819, 8
  br i1 %820, label %821, label %853

821:                                              ; preds = %818
  store i32 0, ptr %8, align 4
  br label %822

822:                                              ; preds = %846, %821
  %823 = load i32, ptr %8, align 4
  %824 = icmp slt i32 %823, 10
  br i1 %824, label %825, label %849

825:                                              ; preds = %822
  %826 = load i32, ptr %6, align 4
  %827 = sext i32 %826 to i64
  %828 = getelementptr inbounds [3 x [8 x [10 x i32]]], ptr @g_3193, i64 0, i64 %827
  %829 = load i32, ptr %7, align 4
  %830 = sext i32 %829 to i64
  %831 = getelementptr inbounds [8 x [10 x i32]], ptr %828, i64 0, i64 %830
  %832 = load i32, ptr %8, align 4
  %833 = sext i32 %832 to i64
  %834 = getelementptr inbounds [10 x i32], ptr %831, i64 0, i64 %833
  %835 = load i32, ptr %834, align 4
  %836 = zext i32 %835 to i64
  %837 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %836, ptr noundef @.str.94, i32 noundef %837)
  %838 = load i32, ptr %9, align 4
  %839 = icmp ne i32 %838, 0
  br i1 %839, label %840, label %845

840:                                              ; preds = %825
  %841 = load i32, ptr %6, align 4
  %842 = load i32, ptr %7, align 4
  %843 = load i32, ptr %8, align 4
  %844 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %841, i32 noundef %842, i32 noundef %843)
  br label %845

845:                                              ; preds = %840, %825
  br label %846

846:                                              ; preds = %845
  %847 = load i32, ptr %8, align 4
  %848 = add nsw i32 %847, 1
  store i32 %848, ptr %8, align 4
  br label %822, !llvm.loop !43

849:                                              ; preds = %822
  br label %850

850:                                              ; preds = %849
  %851 = load i32, ptr %7, align 4
  %852 = add nsw i32 %851, 1
  store i32 %852, ptr %7, align 4
  br label %818, !llvm.loop !44

853:                                              ; preds = %818
  br label %854

854:                                              ; preds = %853
  %855 = load i32, ptr %6, align 4
  %856 = add nsw i32 %855, 1
  store i32 %856, ptr %6, align 4
  br label %814, !llvm.loop !45

857:                                              ; preds = %814
  %858 = load i32, ptr @g_3194, align 4
  %859 = zext i32 %858 to i64
  %860 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %859, ptr noundef @.str.95, i32 noundef %860)
  %861 = load i32, ptr @g_3195, align 4
  %862 = zext i32 %861 to i64
  %863 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %862, ptr noundef @.str.96, i32 noundef %863)
  %864 = load i32, ptr @g_3196, align 4
  %865 = zext i32 %864 to i64
  %866 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %865, ptr noundef @.str.97, i32 noundef %866)
  %867 = load i32, ptr @g_3197, align 4
  %868 = zext i32 %867 to i64
  %869 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %868, ptr noundef @.str.98, i32 noundef %869)
  store i32 0, ptr %6, align 4
  br label %870

870:                                              ; preds = %910, %857
  %871 = load i32, ptr %6, align 4
  %872 = icmp slt i32 %871, 5
  br i1 %872, label %873, label %913

873:                                              ; preds = %870
  store i32 0, ptr %7, align 4
  br label %874

874:                                              ; preds = %906, %873
  %875 = load i32, ptr %7, align 4
  %876 = icmp slt i32 %875, 8
  br i1 %876, label %877, label %909

877:                                              ; preds = %874
  store i32 0, ptr %8, align 4
  br label %878

878:                                              ; preds = %902, %877
  %879 = load i32, ptr %8, align 4
  %880 = icmp slt i32 %879, 2
  br i1 %880, label %881, label %905

881:                                              ; preds = %878
  %882 = load i32, ptr %6, align 4
  %883 = sext i32 %882 to i64
  %884 = getelementptr inbounds [5 x [8 x [2 x i32]]], ptr @g_3200, i64 0, i64 %883
  %885 = load i32, ptr %7, align 4
  %886 = sext i32 %885 to i64
  %887 = getelementptr inbounds [8 x [2 x i32]], ptr %884, i64 0, i64 %886
  %888 = load i32, ptr %8, align 4
  %889 = sext i32 %888 to i64
  %890 = getelementptr inbounds [2 x i32], ptr %887, i64 0, i64 %889
  %891 = load i32, ptr %890, align 4
  %892 = zext i32 %891 to i64
  %893 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %892, ptr noundef @.str.99, i32 noundef %893)
  %894 = load i32, ptr %9, align 4
  %895 = icmp ne i32 %894, 0
  br i1 %895, label %896, label %901

896:                                              ; preds = %881
  %897 = load i32, ptr %6, align 4
  %898 = load i32, ptr %7, align 4
  %899 = load i32, ptr %8, align 4
  %900 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %897, i32 noundef %898, i32 noundef %899)
  br label %901

901:                                              ; preds = %896, %881
  br label %902

902:                                              ; preds = %901
  %903 = load i32, ptr %8, align 4
  %904 = add nsw i32 %903, 1
  store i32 %904, ptr %8, align 4
  br label %878, !llvm.loop !46

905:                                              ; preds = %878
  br label %906

906:                                              ; preds = %905
  %907 = load i32, ptr %7, align 4
  %908 = add nsw i32 %907, 1
  store i32 %908, ptr %7, align 4
  br label %874, !llvm.loop !47

909:                                              ; preds = %874
  br label %910

910:                                              ; preds = %909
  %911 = load i32, ptr %6, align 4
  %912 = add nsw i32 %911, 1
  store i32 %912, ptr %6, align 4
  br label %870, !llvm.loop !48

913:                                              ; preds = %870
  store i32 0, ptr %6, align 4
  br label %914

914:                                              ; preds = %954, %913
  %915 = load i32, ptr %6, align 4
  %916 = icmp slt i32 %915, 2
  br i1 %916, label %917, label %957

917:                                              ; preds = %914
  store i32 0, ptr %7, align 4
  br label %918

918:                                              ; preds = %950, %917
  %919 = load i32, ptr %7, align 4
  %920 = icmp slt i32 %919, 8
  br i1 %920, label %921, label %953

921:                                              ; preds = %918
  store i32 0, ptr %8, align 4
  br label %922

922:                                              ; preds = %946, %921
  %923 = load i32, ptr %8, align 4
  %924 = icmp slt i32 %923, 3
  br i1 %924, label %925, label %949

925:                                              ; preds = %922
  %926 = load i32, ptr %6, align 4
  %927 = sext i32 %926 to i64
  %928 = getelementptr inbounds [2 x [8 x [3 x i32]]], ptr @g_3202, i64 0, i64 %927
  %929 = load i32, ptr %7, align 4
  %930 = sext i32 %929 to i64
  %931 = getelementptr inbounds [8 x [3 x i32]], ptr %928, i64 0, i64 %930
  %932 = load i32, ptr %8, align 4
  %933 = sext i32 %932 to i64
  %934 = getelementptr inbounds [3 x i32], ptr %931, i64 0, i64 %933
  %935 = load i32, ptr %934, align 4
  %936 = zext i32 %935 to i64
  %937 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %936, ptr noundef @.str.100, i32 noundef %937)
  %938 = load i32, ptr %9, align 4
  %939 = icmp ne i32 %938, 0
  br i1 %939, label %940, label %945

940:                                              ; preds = %925
  %941 = load i32, ptr %6, align 4
  %942 = load i32, ptr %7, align 4
  %943 = load i32, ptr %8, align 4
  %944 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %941, i32 noundef %942, i32 noundef %943)
  br label %945

945:                                              ; preds = %940, %925
  br label %946

946:                                              ; preds = %945
  %947 = load i32, ptr %8, align 4
  %948 = add nsw i32 %947, 1
  store i32 %948, ptr %8, align 4
  br label %922, !llvm.loop !49

949:                                              ; preds = %922
  br label %950

950:                                              ; preds = %949
  %951 = load i32, ptr %7, align 4
  %952 = add nsw i32 %951, 1
  store i32 %952, ptr %7, align 4
  br label %918, !llvm.loop !50

953:                                              ; preds = %918
  br label %954

954:                                              ; preds = %953
  %955 = load i32, ptr %6, align 4
  %956 = add nsw i32 %955, 1
  store i32 %956, ptr %6, align 4
  br label %914, !llvm.loop !51

957:                                              ; preds = %914
  %958 = load i8, ptr @g_3315, align 1
  %959 = zext i8 %958 to i64
  %960 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %959, ptr noundef @.str.101, i32 noundef %960)
  %961 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef -1, ptr noundef @.str.102, i32 noundef %961)
  %962 = load i16, ptr @g_3353, align 2
  %963 = sext i16 %962 to i64
  %964 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %963, ptr noundef @.str.103, i32 noundef %964)
  %965 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 215543665, ptr noundef @.str.104, i32 noundef %965)
  %966 = load i32, ptr @g_3497, align 4
  %967 = zext i32 %966 to i64
  %968 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %967, ptr noundef @.str.105, i32 noundef %968)
  %969 = load i64, ptr @g_3718, align 8
  %970 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %969, ptr noundef @.str.106, i32 noundef %970)
  %971 = load i8, ptr @g_3853, align 1
  %972 = zext i8 %971 to i64
  %973 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %972, ptr noundef @.str.107, i32 noundef %973)
  %974 = load i32, ptr @g_3889, align 4
  %975 = zext i32 %974 to i64
  %976 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %975, ptr noundef @.str.108, i32 noundef %976)
  %977 = load i32, ptr @g_3908, align 4
  %978 = sext i32 %977 to i64
  %979 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %978, ptr noundef @.str.109, i32 noundef %979)
  %980 = load i64, ptr @g_3983, align 8
  %981 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %980, ptr noundef @.str.110, i32 noundef %981)
  %982 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef -1, ptr noundef @.str.111, i32 noundef %982)
  %983 = load i64, ptr @g_4095, align 8
  %984 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %983, ptr noundef @.str.112, i32 noundef %984)
  store i32 0, ptr %6, align 4
  br label %985

985:                                              ; preds = %1001, %957
  %986 = load i32, ptr %6, align 4
  %987 = icmp slt i32 %986, 10
  br i1 %987, label %988, label %1004

988:                                              ; preds = %985
  %989 = load i32, ptr %6, align 4
  %990 = sext i32 %989 to i64
  %991 = getelementptr inbounds [10 x i16], ptr @g_4167, i64 0, i64 %990
  %992 = load volatile i16, ptr %991, align 2
  %993 = zext i16 %992 to i64
  %994 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %993, ptr noundef @.str.113, i32 noundef %994)
  %995 = load i32, ptr %9, align 4
  %996 = icmp ne i32 %995, 0
  br i1 %996, label %997, label %1000

997:                                              ; preds = %988
  %998 = load i32, ptr %6, align 4
  %999 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %998)
  br label %1000

1000:                                             ; preds = %997, %988
  br label %1001

1001:                                             ; preds = %1000
  %1002 = load i32, ptr %6, align 4
  %1003 = add nsw i32 %1002, 1
  store i32 %1003, ptr %6, align 4
  br label %985, !llvm.loop !52

1004:                                             ; preds = %985
  store i32 0, ptr %6, align 4
  br label %1005

1005:                                             ; preds = %1033, %1004
  %1006 = load i32, ptr %6, align 4
  %1007 = icmp slt i32 %1006, 1
  br i1 %1007, label %1008, label %1036

1008:                                             ; preds = %1005
  store i32 0, ptr %7, align 4
  br label %1009

1009:                                             ; preds = %1029, %1008
  %1010 = load i32, ptr %7, align 4
  %1011 = icmp slt i32 %1010, 5
  br i1 %1011, label %1012, label %1032

1012:                                             ; preds = %1009
  %1013 = load i32, ptr %6, align 4
  %1014 = sext i32 %1013 to i64
  %1015 = getelementptr inbounds [1 x [5 x i32]], ptr @g_4235, i64 0, i64 %1014
  %1016 = load i32, ptr %7, align 4
  %1017 = sext i32 %1016 to i64
  %1018 = getelementptr inbounds [5 x i32], ptr %1015, i64 0, i64 %1017
  %1019 = load i32, ptr %1018, align 4
  %1020 = zext i32 %1019 to i64
  %1021 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1020, ptr noundef @.str.114, i32 noundef %1021)
  %1022 = load i32, ptr %9, align 4
  %1023 = icmp ne i32 %1022, 0
  br i1 %1023, label %1024, label %1028

1024:                                             ; preds = %1012
  %1025 = load i32, ptr %6, align 4
  %1026 = load i32, ptr %7, align 4
  %1027 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %1025, i32 noundef %1026)
  br label %1028

1028:                                             ; preds = %1024, %1012
  br label %1029

1029:                                             ; preds = %1028
  %1030 = load i32, ptr %7, align 4
  %1031 = add nsw i32 %1030, 1
  store i32 %1031, ptr %7, align 4
  br label %1009, !llvm.loop !53

1032:                                             ; preds = %1009
  br label %1033

1033:                                             ; preds = %1032
  %1034 = load i32, ptr %6, align 4
  %1035 = add nsw i32 %1034, 1
  store i32 %1035, ptr %6, align 4
  br label %1005, !llvm.loop !54

1036:                                             ; preds = %1005
  store i32 0, ptr %6, align 4
  br label %1037

1037:                                             ; preds = %1052, %1036
  %1038 = load i32, ptr %6, align 4
  %1039 = icmp slt i32 %1038, 8
  br i1 %1039, label %1040, label %1055

1040:                                             ; preds = %1037
  %1041 = load i32, ptr %6, align 4
  %1042 = sext i32 %1041 to i64
  %1043 = getelementptr inbounds [8 x i64], ptr @g_4260, i64 0, i64 %1042
  %1044 = load i64, ptr %1043, align 8
  %1045 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1044, ptr noundef @.str.115, i32 noundef %1045)
  %1046 = load i32, ptr %9, align 4
  %1047 = icmp ne i32 %1046, 0
  br i1 %1047, label %1048, label %1051

1048:                                             ; preds = %1040
  %1049 = load i32, ptr %6, align 4
  %1050 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %1049)
  br label %1051

1051:                                             ; preds = %1048, %1040
  br label %1052

1052:                                             ; preds = %1051
  %1053 = load i32, ptr %6, align 4
  %1054 = add nsw i32 %1053, 1
  store i32 %1054, ptr %6, align 4
  br label %1037, !llvm.loop !55

1055:                                             ; preds = %1037
  %1056 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 0, ptr noundef @.str.116, i32 noundef %1056)
  %1057 = load i32, ptr @g_4480, align 4
  %1058 = sext i32 %1057 to i64
  %1059 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1058, ptr noundef @.str.117, i32 noundef %1059)
  %1060 = load i32, ptr @crc32_context, align 4
  %1061 = zext i32 %1060 to i64
  %1062 = xor i64 %1061, 4294967295
  %1063 = trunc i64 %1062 to i32
  %1064 = load i32, ptr %9, align 4
  call void @platform_main_end(i32 noundef %1063, i32 noundef %1064)
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
  br label %10, !llvm.loop !56

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
  br label %5, !llvm.loop !57

36:                                               ; preds = %5
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @func_1() #0 {
  %1 = alloca i8, align 1
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca [8 x [6 x [3 x i32]]], align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca [9 x [7 x [2 x ptr]]], align 8
  %12 = alloca [8 x [4 x [6 x i16]]], align 2
  %13 = alloca [10 x [4 x [1 x i32]]], align 4
  %14 = alloca ptr, align 8
  %15 = alloca [1 x [8 x [2 x ptr]]], align 8
  %16 = alloca [4 x ptr], align 8
  %17 = alloca ptr, align 8
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i8, align 1
  %21 = alloca i16, align 2
  %22 = alloca ptr, align 8
  %23 = alloca i32, align 4
  %24 = alloca i16, align 2
  %25 = alloca i64, align 8
  %26 = alloca i32, align 4
  %27 = alloca i32, align 4
  %28 = alloca i16, align 2
  %29 = alloca i32, align 4
  %30 = alloca [6 x ptr], align 8
  %31 = alloca i16, align 2
  %32 = alloca ptr, align 8
  %33 = alloca ptr, align 8
  %34 = alloca i64, align 8
  %35 = alloca i8, align 1
  %36 = alloca ptr, align 8
  %37 = alloca ptr, align 8
  %38 = alloca i32, align 4
  %39 = alloca i64, align 8
  %40 = alloca i32, align 4
  %41 = alloca [6 x i64], align 8
  %42 = alloca i16, align 2
  %43 = alloca ptr, align 8
  %44 = alloca ptr, align 8
  %45 = alloca i32, align 4
  %46 = alloca ptr, align 8
  %47 = alloca i64, align 8
  %48 = alloca i8, align 1
  %49 = alloca ptr, align 8
  %50 = alloca [8 x ptr], align 8
  %51 = alloca ptr, align 8
  %52 = alloca ptr, align 8
  %53 = alloca ptr, align 8
  %54 = alloca ptr, align 8
  %55 = alloca i8, align 1
  %56 = alloca i64, align 8
  %57 = alloca i32, align 4
  %58 = alloca [1 x i32], align 4
  %59 = alloca ptr, align 8
  %60 = alloca i32, align 4
  %61 = alloca i8, align 1
  %62 = alloca ptr, align 8
  %63 = alloca [3 x [9 x [4 x ptr]]], align 8
  %64 = alloca i32, align 4
  %65 = alloca i16, align 2
  %66 = alloca [8 x [2 x i32]], align 4
  %67 = alloca i64, align 8
  %68 = alloca i32, align 4
  %69 = alloca i32, align 4
  %70 = alloca i32, align 4
  %71 = alloca i32, align 4
  store i8 -2, ptr %1, align 1
  store ptr null, ptr %2, align 8
  store ptr @g_147, ptr %3, align 8
  store ptr %3, ptr %4, align 8
  store i64 600688166794238052, ptr %5, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %6, ptr align 4 @__const.func_1.l_3050, i64 576, i1 false)
  store i64 2975641077608650592, ptr %7, align 8
  store i64 3370887058188597469, ptr %8, align 8
  store i64 -7313463958330836804, ptr %9, align 8
  store i64 5873907468400782726, ptr %10, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %11, ptr align 8 @__const.func_1.l_3074, i64 1008, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %12, ptr align 2 @__const.func_1.l_3075, i64 384, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %13, ptr align 4 @__const.func_1.l_3206, i64 160, i1 false)
  %72 = getelementptr inbounds [10 x [4 x [1 x i32]]], ptr %13, i64 0, i64 6
  %73 = getelementptr inbounds [4 x [1 x i32]], ptr %72, i64 0, i64 2
  %74 = getelementptr inbounds [1 x i32], ptr %73, i64 0, i64 0
  store ptr %74, ptr %14, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %15, ptr align 8 @__const.func_1.l_3232, i64 128, i1 false)
  store ptr null, ptr %17, align 8
  store i32 -1490299503, ptr %18, align 4
  store i32 1, ptr %19, align 4
  store i8 -1, ptr %20, align 1
  store i16 -5, ptr %21, align 2
  store ptr @g_2536, ptr %22, align 8
  store i32 1696751865, ptr %23, align 4
  store i16 -1, ptr %24, align 2
  store i64 1568743537292403106, ptr %25, align 8
  store i32 304097403, ptr %26, align 4
  store i32 1429684798, ptr %27, align 4
  store i16 -10, ptr %28, align 2
  store i32 -1826626277, ptr %29, align 4
  call void @llvm.memset.p0.i64(ptr align 8 %30, i8 0, i64 48, i1 false)
  %75 = getelementptr inbounds [6 x ptr], ptr %30, i32 0, i32 0
  store ptr getelementptr (i8, ptr @g_763, i64 40), ptr %75, align 8
  %76 = getelementptr inbounds [6 x ptr], ptr %30, i32 0, i32 1
  store ptr getelementptr (i8, ptr @g_763, i64 40), ptr %76, align 8
  %77 = getelementptr inbounds [6 x ptr], ptr %30, i32 0, i32 2
  store ptr getelementptr (i8, ptr @g_763, i64 40), ptr %77, align 8
  %78 = getelementptr inbounds [6 x ptr], ptr %30, i32 0, i32 3
  store ptr getelementptr (i8, ptr @g_763, i64 40), ptr %78, align 8
  %79 = getelementptr inbounds [6 x ptr], ptr %30, i32 0, i32 4
  store ptr getelementptr (i8, ptr @g_763, i64 40), ptr %79, align 8
  %80 = getelementptr inbounds [6 x ptr], ptr %30, i32 0, i32 5
  store ptr getelementptr (i8, ptr @g_763, i64 40), ptr %80, align 8
  store i16 7445, ptr %31, align 2
  store ptr getelementptr inbounds ([3 x i32], ptr getelementptr inbounds ([8 x [3 x i32]], ptr getelementptr inbounds ([10 x [8 x [3 x i32]]], ptr @g_130, i64 0, i64 9), i64 0, i64 7), i64 0, i64 1), ptr %32, align 8
  store ptr @g_490, ptr %33, align 8
  store i64 -3, ptr %34, align 8
  store i8 0, ptr %35, align 1
  store ptr %19, ptr %36, align 8
  store ptr %36, ptr %37, align 8
  store i32 -9, ptr %38, align 4
  store i64 -5, ptr %39, align 8
  store i32 0, ptr %40, align 4
  call void @llvm.memset.p0.i64(ptr align 8 %41, i8 0, i64 48, i1 false)
  %81 = getelementptr inbounds [6 x i64], ptr %41, i32 0, i32 0
  store i64 7845217120247809026, ptr %81, align 8
  %82 = getelementptr inbounds [6 x i64], ptr %41, i32 0, i32 1
  store i64 -610501909649713055, ptr %82, align 8
  %83 = getelementptr inbounds [6 x i64], ptr %41, i32 0, i32 2
  store i64 7845217120247809026, ptr %83, align 8
  %84 = getelementptr inbounds [6 x i64], ptr %41, i32 0, i32 3
  store i64 7845217120247809026, ptr %84, align 8
  %85 = getelementptr inbounds [6 x i64], ptr %41, i32 0, i32 4
  store i64 -610501909649713055, ptr %85, align 8
  %86 = getelementptr inbounds [6 x i64], ptr %41, i32 0, i32 5
  store i64 7845217120247809026, ptr %86, align 8
  store i16 0, ptr %42, align 2
  store ptr @g_2675, ptr %43, align 8
  store ptr %43, ptr %44, align 8
  store i32 2, ptr %45, align 4
  store ptr %2, ptr %46, align 8
  store i64 1684298882660026060, ptr %47, align 8
  store i8 0, ptr %48, align 1
  store ptr @g_490, ptr %49, align 8
  store ptr %49, ptr %50, align 8
  %87 = getelementptr inbounds ptr, ptr %50, i64 1
  store ptr %49, ptr %87, align 8
  %88 = getelementptr inbounds ptr, ptr %50, i64 2
  store ptr %49, ptr %88, align 8
  %89 = getelementptr inbounds ptr, ptr %50, i64 3
  store ptr %49, ptr %89, align 8
  %90 = getelementptr inbounds ptr, ptr %50, i64 4
  store ptr %49, ptr %90, align 8
  %91 = getelementptr inbounds ptr, ptr %50, i64 5
  store ptr %49, ptr %91, align 8
  %92 = getelementptr inbounds ptr, ptr %50, i64 6
  store ptr %49, ptr %92, align 8
  %93 = getelementptr inbounds ptr, ptr %50, i64 7
  store ptr %49, ptr %93, align 8
  %94 = getelementptr inbounds [8 x ptr], ptr %50, i64 0, i64 1
  store ptr %94, ptr %51, align 8
  store ptr %51, ptr %52, align 8
  store ptr @g_3972, ptr %53, align 8
  store ptr %53, ptr %54, align 8
  store i8 -9, ptr %55, align 1
  store i64 -1, ptr %56, align 8
  store i32 -1081672978, ptr %57, align 4
  %95 = getelementptr inbounds [8 x [6 x [3 x i32]]], ptr %6, i64 0, i64 4
  %96 = getelementptr inbounds [6 x [3 x i32]], ptr %95, i64 0, i64 4
  %97 = getelementptr inbounds [3 x i32], ptr %96, i64 0, i64 2
  store ptr %97, ptr %59, align 8
  store i32 64292086, ptr %60, align 4
  store i8 -66, ptr %61, align 1
  store ptr getelementptr inbounds ([3 x i32], ptr getelementptr inbounds ([8 x [3 x i32]], ptr getelementptr inbounds ([10 x [8 x [3 x i32]]], ptr @g_130, i64 0, i64 9), i64 0, i64 7), i64 0, i64 1), ptr %62, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %63, ptr align 8 @__const.func_1.l_4467, i64 864, i1 false)
  store i32 -1832800695, ptr %64, align 4
  store i16 8, ptr %65, align 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %66, ptr align 4 @__const.func_1.l_4472, i64 64, i1 false)
  store i64 5323306420595319117, ptr %67, align 8
  store i32 -9, ptr %68, align 4
  store i32 0, ptr %69, align 4
  br label %98

98:                                               ; preds = %108, %0
  %99 = load i32, ptr %69, align 4
  %100 = icmp slt i32 %99, 4
  br i1 %100, label %101, label %111

101:                                              ; preds = %98
  %102 = getelementptr inbounds [1 x [8 x [2 x ptr]]], ptr %15, i64 0, i64 0
  %103 = getelementptr inbounds [8 x [2 x ptr]], ptr %102, i64 0, i64 7
  %104 = getelementptr inbounds [2 x ptr], ptr %103, i64 0, i64 1
  %105 = load i32, ptr %69, align 4
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds [4 x ptr], ptr %16, i64 0, i64 %106
  store ptr %104, ptr %107, align 8
  br label %108

108:                                              ; preds = %101
  %109 = load i32, ptr %69, align 4
  %110 = add nsw i32 %109, 1
  store i32 %110, ptr %69, align 4
  br label %98, !llvm.loop !58

111:                                              ; preds = %98
  store i32 0, ptr %69, align 4
  br label %112

112:                                              ; preds = %119, %111
  %113 = load i32, ptr %69, align 4
  %114 = icmp slt i32 %113, 1
  br i1 %114, label %115, label %122

115:                                              ; preds = %112
  %116 = load i32, ptr %69, align 4
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds [1 x i32], ptr %58, i64 0, i64 %117
  store i32 -1, ptr %118, align 4
  br label %119

119:                                              ; preds = %115
  %120 = load i32, ptr %69, align 4
  %121 = add nsw i32 %120, 1
  store i32 %121, ptr %69, align 4
  br label %112, !llvm.loop !59

122:                                              ; preds = %112
  %123 = load ptr, ptr @g_2286, align 8
  %124 = load ptr, ptr %123, align 8
  %125 = load i32, ptr %124, align 4
  ret i32 %125
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
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.118, ptr noundef %11, i64 noundef %14)
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
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.119, i32 noundef %5)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: noinline nounwind uwtable
define internal void @crc32_8bytes(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = lshr i64 %3, 0
  %5 = and i64 %4, 255
  %6 = trunc i64 %5 to i8
  call void @crc32_byte(i8 noundef %6)
  %7 = load i64, ptr %2, align 8
  %8 = lshr i64 %7, 8
  %9 = and i64 %8, 255
  %10 = trunc i64 %9 to i8
  call void @crc32_byte(i8 noundef %10)
  %11 = load i64, ptr %2, align 8
  %12 = lshr i64 %11, 16
  %13 = and i64 %12, 255
  %14 = trunc i64 %13 to i8
  call void @crc32_byte(i8 noundef %14)
  %15 = load i64, ptr %2, align 8
  %16 = lshr i64 %15, 24
  %17 = and i64 %16, 255
  %18 = trunc i64 %17 to i8
  call void @crc32_byte(i8 noundef %18)
  %19 = load i64, ptr %2, align 8
  %20 = lshr i64 %19, 32
  %21 = and i64 %20, 255
  %22 = trunc i64 %21 to i8
  call void @crc32_byte(i8 noundef %22)
  %23 = load i64, ptr %2, align 8
  %24 = lshr i64 %23, 40
  %25 = and i64 %24, 255
  %26 = trunc i64 %25 to i8
  call void @crc32_byte(i8 noundef %26)
  %27 = load i64, ptr %2, align 8
  %28 = lshr i64 %27, 48
  %29 = and i64 %28, 255
  %30 = trunc i64 %29 to i8
  call void @crc32_byte(i8 noundef %30)
  %31 = load i64, ptr %2, align 8
  %32 = lshr i64 %31, 56
  %33 = and i64 %32, 255
  %34 = trunc i64 %33 to i8
  call void @crc32_byte(i8 noundef %34)
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal void @crc32_byte(i8 noundef %0) #0 {
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

attributes #0 = { noinline nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+v8a,-fmv" }
attributes #1 = { nounwind willreturn memory(read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+v8a,-fmv" }
attributes #2 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+v8a,-fmv" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
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
!38 = distinct !{!38, !7}
!39 = distinct !{!39, !7}
!40 = distinct !{!40, !7}
!41 = distinct !{!41, !7}
!42 = distinct !{!42, !7}
!43 = distinct !{!43, !7}
!44 = distinct !{!44, !7}
!45 = distinct !{!45, !7}
!46 = distinct !{!46, !7}
!47 = distinct !{!47, !7}
!48 = distinct !{!48, !7}
!49 = distinct !{!49, !7}
!50 = distinct !{!50, !7}
!51 = distinct !{!51, !7}
!52 = distinct !{!52, !7}
!53 = distinct !{!53, !7}
!54 = distinct !{!54, !7}
!55 = distinct !{!55, !7}
!56 = distinct !{!56, !7}
!57 = distinct !{!57, !7}
!58 = distinct !{!58, !7}
!59 = distinct !{!59, !7}
