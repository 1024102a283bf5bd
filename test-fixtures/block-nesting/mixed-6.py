async def g():
 try:
  pass
 except E as e:
  for x in y:
   pass
  else:
   try:
    try:
     pass
    except E as e:
     try:
      if x:
       try:
        while x:
         match x:
          case 1:
           for x in y:
            pass
           else:
            try:
             with x, z:
              try:
               pass
              except* E:
               with x, z:
                while x:
                 try:
                  try:
                   for x in y:
                    for x in y:
                     if x:
                      try:
                       yield
                      except* E:
                       pass
                  except* E:
                   pass
                 except E:
                  pass
            except E:
             pass
            finally:
             pass
       except E:
        pass
     except* E:
      pass
   except E:
    pass
   finally:
    pass
